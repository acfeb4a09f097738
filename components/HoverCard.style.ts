// The hover card's style, scoped by the shadow root it is rendered in. The card's own colours (not
// the page's), light or dark as the reader's system prefers: the card must read the same on any
// site. Every text colour keeps 4.5:1 or more on the card.
export const HOVER_CARD_STYLE = `
.card {
  --paper: #fdfdfc;
  --ink: #1d1d1f;
  --muted: #595959;
  --edge: #c4c4c4;
  --quote: #ffe7a3;
  --quote-ink: #5c4200;
  --claim: #bff0d8;
  --claim-ink: #0b4a30;
  --problem: #b3261e;
  position: fixed;
  box-sizing: border-box;
  padding: 10px 12px;
  border-radius: 8px;
  background: var(--paper);
  color: var(--ink);
  border: 1px solid var(--edge);
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  /* The card takes the pointer (its Keep button); the hover tracker keeps it while the pointer is on it. */
  pointer-events: auto;
  /* max-height (set inline) keeps a tall card on screen; what does not fit is cut, not spilled. */
  overflow: hidden;
}
@media (prefers-color-scheme: dark) {
  .card {
    --paper: #232428;
    --ink: #ececea;
    --muted: #b4b7bc;
    --edge: #4a4c52;
    --quote: #5b4500;
    --quote-ink: #ffe7a3;
    --claim: #0f4a33;
    --claim-ink: #c8f2dd;
    --problem: #ffb4ab;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.6);
  }
}
.title { display: flex; gap: 8px; align-items: baseline; margin-bottom: 6px; }
.figure { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.badge { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 6px; border-radius: 4px; white-space: nowrap; }
.badge.quote { background: var(--quote); color: var(--quote-ink); }
.badge.claim { background: var(--claim); color: var(--claim-ink); }
.row { display: flex; gap: 8px; }
.label { flex: 0 0 70px; color: var(--muted); }
.value { flex: 1; overflow-wrap: anywhere; }
.excerpt { margin-top: 6px; color: var(--ink); font-style: italic; overflow-wrap: anywhere; }
.hint { margin-top: 6px; font-size: 11px; color: var(--muted); }
.keep { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
.keep button { min-height: 24px; padding: 2px 10px; border: 1px solid var(--edge); border-radius: 4px; background: var(--paper); color: var(--ink); font: inherit; font-size: 12px; cursor: pointer; }
.keep .link { border: 0; padding: 0 2px; text-decoration: underline; }
.keep button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.kept-label { font-weight: 600; }
.keep .problem { flex-basis: 100%; color: var(--problem); font-size: 12px; }
`;
