// The hover card's style, scoped by the shadow root it is rendered in. Fixed colours (not the
// page's): the card must read the same on any site.
export const HOVER_CARD_STYLE = `
.card {
  position: fixed;
  box-sizing: border-box;
  padding: 10px 12px;
  border-radius: 8px;
  background: #fdfdfc;
  color: #1d1d1f;
  border: 1px solid #d6d6d6;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.22);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  pointer-events: none;
  /* max-height (set inline) keeps a tall card on screen; what does not fit is cut, not spilled. */
  overflow: hidden;
}
.title { display: flex; gap: 8px; align-items: baseline; margin-bottom: 6px; }
.figure { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.badge { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 6px; border-radius: 4px; white-space: nowrap; }
.badge.quote { background: #ffe7a3; color: #5c4200; }
.badge.claim { background: #bff0d8; color: #0b4a30; }
.row { display: flex; gap: 8px; }
.label { flex: 0 0 70px; color: #666; }
.value { flex: 1; overflow-wrap: anywhere; }
.excerpt { margin-top: 6px; color: #444; font-style: italic; overflow-wrap: anywhere; }
.hint { margin-top: 6px; font-size: 11px; color: #888; }
`;
