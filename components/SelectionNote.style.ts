// The selection's note button and the note it opens, styled in our shadow root.
export const SELECTION_NOTE_STYLE = `
.selection-note { position: fixed; z-index: 1; pointer-events: auto; font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f; }
.selection-note .open { background: rgb(150 60 220); color: white; border: 0; border-radius: 12px; padding: 2px 10px; cursor: pointer; box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); }
.selection-note .editor { background: white; border: 1px solid #c4c7c5; border-radius: 6px; padding: 8px; width: 280px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); }
.selection-note q { display: block; font-style: italic; margin-bottom: 6px; max-height: 3.9em; overflow: hidden; text-decoration: underline wavy rgb(150 60 220); }
.selection-note textarea, .selection-note .tags { width: 100%; box-sizing: border-box; font: inherit; margin-bottom: 6px; padding: 4px; }
.selection-note .form-actions { display: flex; gap: 10px; align-items: center; }
.selection-note button[type=submit] { background: #1a56c4; color: white; border: 0; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
.selection-note .link { background: none; border: 0; padding: 0; color: #1a56c4; text-decoration: underline; cursor: pointer; }
.selection-note .problem { color: #a50e0e; margin: 4px 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;
