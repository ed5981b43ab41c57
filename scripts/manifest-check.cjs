/* Offline checks of manifest.xml that catch what breaks sideloading, without Microsoft's online validator.
   Used by `npm run validate` and by test/manifest. Returns a list of problems (empty = fine). */
const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");

const DEV_URL = "https://localhost:3000/";

// Schema order of TaskPaneApp's top-level elements (OfficeApp base type, then TaskPaneApp's own).
const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];

/** Parses XML into { name, attributes, children, text } nodes; throws on malformed XML. */
function parseXml(text) {
  const parser = new SaxesParser({ xmlns: false });
  const root = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const node = {
      name: tag.name.replace(/^.*:/, ""),
      qname: tag.name,
      attributes: tag.attributes,
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(text).close();
  return root.children[0];
}

function walk(node, visit) {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The minimum ExcelApi version the code relies on without a runtime check (declared in src/excel/requirements.ts). */
function codeMinimumExcelApi(root) {
  const file = path.join(root, "src/excel/requirements.ts");
  if (!fs.existsSync(file)) return null;
  const match = /REQUIRED_EXCEL_API\s*=\s*"(\d+\.\d+)"/.exec(fs.readFileSync(file, "utf8"));
  return match ? match[1] : null;
}

/**
 * Checks a manifest's text. `assetsDir` resolves icon URLs under the served root; `expectedOrigin` is the origin
 * every URL must use (dev: https://localhost:3000).
 */
function checkManifest(text, { root, expectedOrigin = new URL(DEV_URL).origin, checkCode = true } = {}) {
  const problems = [];
  let doc;
  try {
    doc = parseXml(text);
  } catch (error) {
    return [`manifest is not well-formed XML: ${error.message}`];
  }
  if (!doc || doc.name !== "OfficeApp") return ["root element must be OfficeApp"];
  if (doc.attributes["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp must have xsi:type="TaskPaneApp"');

  const names = doc.children.map((c) => c.name);
  for (const required of REQUIRED_TOP_LEVEL) {
    if (!names.includes(required)) problems.push(`missing required element <${required}>`);
  }
  let last = -1;
  for (const name of names) {
    const index = TOP_LEVEL_ORDER.indexOf(name);
    if (index === -1) problems.push(`unexpected element <${name}> under OfficeApp`);
    else if (index < last)
      problems.push(`<${name}> is out of schema order (expected order: ${TOP_LEVEL_ORDER.join(", ")})`);
    else last = index;
  }
  const child = (name) => doc.children.find((c) => c.name === name);

  const id = child("Id")?.text.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`<Id> "${id}" is not a GUID`);
  const version = child("Version")?.text.trim() ?? "";
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version))
    problems.push(`<Version> "${version}" is not four-part (like 1.0.0.0)`);

  const hosts = child("Hosts")?.children.map((h) => h.attributes.Name) ?? [];
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    problems.push(`<Hosts> must list only Workbook (Excel), found: ${hosts.join(", ") || "none"}`);

  const displayName = child("DisplayName")?.attributes.DefaultValue ?? "";
  if (displayName.length === 0 || displayName.length > 125) problems.push("DisplayName must be 1–125 characters");
  const description = child("Description")?.attributes.DefaultValue ?? "";
  if (description.length === 0 || description.length > 250) problems.push("Description must be 1–250 characters");

  // Every URL: https, on the expected origin; icons must exist with the declared pixel size.
  const images = new Map();
  walk(doc, (node) => {
    const value = node.attributes.DefaultValue;
    if (node.name === "Image" && node.attributes.id) images.set(node.attributes.id, value);
    const isUrl = typeof value === "string" && /^[a-z]+:\/\//i.test(value);
    if (!isUrl) return;
    if (!value.startsWith("https://")) problems.push(`<${node.name}> uses a non-https URL: ${value}`);
    else if (new URL(value).origin !== expectedOrigin)
      problems.push(`<${node.name}> URL ${value} is not on ${expectedOrigin}`);
  });
  const checkIcon = (url, size, where) => {
    if (!url) return problems.push(`${where}: no icon URL`);
    if (!root) return;
    const relative = url.replace(/^https:\/\/[^/]+\/(.*\/)?assets\//, "assets/");
    if (!relative.startsWith("assets/")) return problems.push(`${where}: icon ${url} is not under assets/`);
    const file = path.join(root, relative);
    if (!fs.existsSync(file)) return problems.push(`${where}: icon file ${relative} does not exist`);
    const dims = pngSize(file);
    if (!dims) return problems.push(`${where}: ${relative} is not a PNG`);
    if (dims.width !== size || dims.height !== size) {
      problems.push(`${where}: ${relative} is ${dims.width}×${dims.height}, declared ${size}×${size}`);
    }
  };
  checkIcon(child("IconUrl")?.attributes.DefaultValue, 32, "IconUrl");
  checkIcon(child("HighResolutionIconUrl")?.attributes.DefaultValue, 64, "HighResolutionIconUrl");
  walk(doc, (node) => {
    if (node.name === "Image" && node.attributes.resid && node.attributes.size) {
      const url = images.get(node.attributes.resid);
      if (url === undefined) problems.push(`Icon refers to undefined image resource "${node.attributes.resid}"`);
      else checkIcon(url, Number(node.attributes.size), `Image ${node.attributes.resid}`);
    }
  });

  // Every resid must name a defined resource.
  const resources = new Set();
  walk(doc, (node) => {
    if (node.attributes.id && ["Image", "Url", "String"].includes(node.name)) resources.add(node.attributes.id);
  });
  walk(doc, (node) => {
    if (node.attributes.resid && !resources.has(node.attributes.resid)) {
      problems.push(`<${node.name}> refers to undefined resource "${node.attributes.resid}"`);
    }
  });

  // The ribbon button must show the task pane from the Home tab.
  let showsTaskpane = false;
  walk(doc, (node) => {
    if (node.name === "OfficeTab" && node.attributes.id === "TabHome") {
      walk(node, (n) => {
        if (n.name === "Action" && n.attributes["xsi:type"] === "ShowTaskpane") showsTaskpane = true;
      });
    }
  });
  if (!showsTaskpane) problems.push("no Home-tab button with a ShowTaskpane action");

  // Requirement sets must match what the code relies on.
  let declared = null;
  const requirements = child("Requirements");
  if (requirements) {
    walk(requirements, (n) => {
      if (n.name === "Set" && n.attributes.Name === "ExcelApi") declared = n.attributes.MinVersion ?? null;
    });
  }
  if (!declared) problems.push('<Requirements> must declare <Set Name="ExcelApi" MinVersion="…"/>');
  if (checkCode && root) {
    const needed = codeMinimumExcelApi(root);
    if (!needed) problems.push("src/excel/requirements.ts does not declare REQUIRED_EXCEL_API");
    else if (declared && declared !== needed) {
      problems.push(
        `manifest declares ExcelApi ${declared} but the code needs ExcelApi ${needed} (src/excel/requirements.ts)`,
      );
    }
  }
  return problems;
}

module.exports = { checkManifest, parseXml, pngSize, DEV_URL, TOP_LEVEL_ORDER };
