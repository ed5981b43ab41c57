import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3 } from "@fluentui/react-components";

function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">NextStep</Title3>
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => start());
} else {
  start();
}
