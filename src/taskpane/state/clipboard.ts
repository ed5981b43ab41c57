/**
 * Puts text on the clipboard. Office on the web frames task panes without the clipboard-write permission, so the
 * Clipboard API is refused there (office-js issues 1991, 3480); a selected text area and the copy command still work
 * in a click handler. False when neither did: the pane then shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

function copyWithSelection(text: string): boolean {
  const doc = globalThis.document;
  if (!doc?.body) return false;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  area.select();
  try {
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
