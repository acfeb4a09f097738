// The first-run legend's style, in our shadow root: its own colours, light or dark as the reader's system prefers.
export const PAGE_LEGEND_STYLE = `
.page-legend { position: fixed; right: 16px; bottom: 16px; display: flex; gap: 10px; align-items: center; max-width: calc(100vw - 32px); box-sizing: border-box; padding: 8px 12px; border: 1px solid #c4c4c4; border-radius: 8px; background: #fdfdfc; color: #1d1d1f; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; pointer-events: auto; }
.page-legend .mark { padding: 0 3px; border-radius: 2px; }
.page-legend .quote { background: rgb(255 190 0 / 0.3); text-decoration: overline 2px solid rgb(150 100 0); }
.page-legend .reported { background: rgb(255 190 0 / 0.3); text-decoration: overline 2px dashed rgb(150 100 0); }
.page-legend .speaker { background: rgb(70 150 255 / 0.32); text-decoration: underline 2px rgb(40 120 240); }
.page-legend .claim { background: rgb(20 200 130 / 0.34); text-decoration: underline 2px dotted rgb(0 150 90); }
.page-legend .hint { color: #595959; }
.page-legend button { min-height: 24px; padding: 2px 10px; border: 1px solid #c4c4c4; border-radius: 4px; background: #fff; color: #1d1d1f; font: inherit; cursor: pointer; }
.page-legend button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .page-legend { background: #232428; color: #ececea; border-color: #4a4c52; }
  .page-legend .mark { color: #ececea; }
  .page-legend .hint { color: #b4b7bc; }
  .page-legend button { background: #2e3034; color: #ececea; border-color: #4a4c52; }
}
`;
