// The hover card's styles for the correction choices, in the card's shadow root (the popup's are
// in its style.css; the colour tokens come from HOVER_CARD_STYLE).
export const CARD_CORRECTION_STYLE = `
.correct-menu { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.correct-choice { min-height: 24px; padding: 2px 8px; border: 1px solid var(--edge); border-radius: 4px; background: var(--paper); color: var(--ink); font: inherit; font-size: 12px; cursor: pointer; }
.correct-choice:focus-visible, .correct-speaker input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.correct-speaker { display: flex; flex-basis: 100%; gap: 6px; }
.correct-speaker input { flex: 1; min-width: 0; padding: 2px 6px; border: 1px solid var(--edge); border-radius: 4px; background: var(--paper); color: var(--ink); font: inherit; font-size: 12px; }
.correct-menu .problem { flex-basis: 100%; margin: 0; color: var(--problem); font-size: 12px; }
`;
