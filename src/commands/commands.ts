/* The ribbon button only shows the task pane (ShowTaskpane in the manifest); this page exists because the
   manifest's FunctionFile must point somewhere. */
Office.onReady(() => {
  // Nothing to register yet.
});
