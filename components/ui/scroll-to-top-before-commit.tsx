"use client";

import { Component, type RefObject } from "react";

export type ScrollToTopBeforeCommitProps = {
  /** A new value scrolls the container to its top. */
  changeKey: unknown;
  containerRef: RefObject<HTMLElement | null>;
};

/**
 * Scrolls a container to its top in the commit that changes `changeKey`, before React changes the
 * DOM. Then the browser's layout is still clean and the scroll costs nothing; in a layout effect,
 * after the new rows are in, the same scroll would force a layout of the whole table. A class
 * because only getSnapshotBeforeUpdate runs at that moment. Renders nothing.
 */
export class ScrollToTopBeforeCommit extends Component<ScrollToTopBeforeCommitProps> {
  override getSnapshotBeforeUpdate(previous: ScrollToTopBeforeCommitProps): null {
    const container = this.props.containerRef.current;
    if (previous.changeKey !== this.props.changeKey && container && container.scrollTop !== 0) container.scrollTop = 0;
    return null;
  }

  // React warns about getSnapshotBeforeUpdate without componentDidUpdate.
  override componentDidUpdate(): void {}

  override render(): null {
    return null;
  }
}
