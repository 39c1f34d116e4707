import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table } from "./table";

describe("Table", () => {
  // Without a GPU, a rounded scroller makes Chromium clip every painted row and composited frame in software.
  it("scrolls in a container with square corners", () => {
    const markup = renderToStaticMarkup(createElement(Table, { label: "Rows", containerClassName: "max-h-96" }));
    const container = /^<div class="([^"]*)"/.exec(markup)?.[1] ?? "";
    expect(container).toContain("overflow-auto");
    expect(container).toContain("max-h-96");
    expect(container).not.toMatch(/(^|\s)rounded/);
  });
});
