import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table, TableRow } from "./table";

describe("Table", () => {
  // Without a GPU, a rounded scroller makes Chromium clip every painted row and composited frame in software.
  it("scrolls in a container with square corners", () => {
    const markup = renderToStaticMarkup(createElement(Table, { label: "Rows", containerClassName: "max-h-96" }));
    const container = /^<div class="([^"]*)"/.exec(markup)?.[1] ?? "";
    expect(container).toContain("overflow-auto");
    expect(container).toContain("max-h-96");
    expect(container).not.toMatch(/(^|\s)rounded/);
  });

  // A positioned row is a paint layer of its own: a frame that changes some rows repaints only those.
  it("positions every row, so a changed row repaints alone", () => {
    const markup = renderToStaticMarkup(createElement("table", null, createElement("tbody", null, createElement(TableRow, { isSelected: true }))));
    const row = /<tr[^>]*class="([^"]*)"/.exec(markup)?.[1] ?? "";
    expect(row.split(/\s+/)).toContain("relative");
  });
});
