// The browsable API reference: renders the server's OpenAPI document (no CDN, no framework). All text from the
// document goes in with textContent.
"use strict";

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function operationSection(path, method, op) {
  const section = element("section");
  const heading = element("h2");
  heading.append(element("span", `method ${method}`, method.toUpperCase()), element("code", null, path));
  section.append(heading);
  if (op.summary) section.append(element("p", null, op.summary));
  if (op.description) section.append(element("pre", null, op.description));
  const parameters = op.parameters ?? [];
  if (parameters.length > 0) {
    const table = element("table");
    const head = element("tr");
    for (const h of ["parameter", "in", "description"]) head.append(element("th", null, h));
    table.append(head);
    for (const p of parameters) {
      const row = element("tr");
      row.append(element("td", null, p.name + (p.required ? " (required)" : "")), element("td", null, p.in), element("td", null, p.description ?? ""));
      table.append(row);
    }
    section.append(table);
  }
  const responses = Object.entries(op.responses ?? {}).map(([code, r]) => {
    const types = Object.keys(r.content ?? {});
    return types.length > 0 ? `${code} ${types.join(", ")}` : code;
  });
  if (responses.length > 0) section.append(element("p", null, "Responses: " + responses.join("; ")));
  return section;
}

(async () => {
  const response = await fetch("openapi/v1.json");
  const doc = await response.json();
  document.getElementById("title").textContent = `${doc.info?.title ?? "API"} ${doc.info?.version ?? ""}`;
  document.getElementById("description").textContent = doc.info?.description ?? "";
  const paths = document.getElementById("paths");
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      if (item[method]) paths.append(operationSection(path, method, item[method]));
    }
  }
})();
