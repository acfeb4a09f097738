// Approximators and bounds that stand before a figure in news prose (`at least 19`, `upwards of 70%`,
// `nearly $1 trillion`), gathered from English usage guides on hedging numbers (AP Stylebook
// "more than/over", Guardian style "approximately") and common corpus collocations of numerals.
// Multi-word phrases are listed word by word; longer phrases win over their tails.

export const QUALIFIER_PHRASES: readonly (readonly string[])[] = [
  ['at', 'least'], ['at', 'most'], ['upwards', 'of'], ['upward', 'of'], ['more', 'than'], ['less', 'than'],
  ['fewer', 'than'], ['no', 'more', 'than'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['not', 'more', 'than'],
  ['closer', 'to'], ['close', 'to'], ['nearer', 'to'], ['up', 'to'], ['as', 'many', 'as'], ['as', 'much', 'as'],
  ['as', 'few', 'as'], ['as', 'little', 'as'], ['in', 'excess', 'of'], ['just', 'over'], ['just', 'under'],
  ['well', 'over'], ['well', 'under'], ['well', 'above'], ['well', 'below'], ['just', 'above'], ['just', 'below'],
  ['an', 'estimated'], ['an', 'average', 'of'], ['on', 'average'], ['a', 'total', 'of'], ['a', 'maximum', 'of'],
  ['a', 'minimum', 'of'], ['a', 'record'], ['some'], ['nearly'], ['almost'], ['about'], ['around'], ['roughly'],
  ['approximately'], ['approx'], ['circa'], ['over'], ['under'], ['above'], ['below'], ['only'], ['just'],
  ['precisely'], ['exactly'], ['near'], ['estimated'], ['barely'], ['maybe'], ['perhaps'], ['possibly'],
  ['potentially'], ['reportedly'], ['allegedly'], ['fully'], ['nearly', 'all'],
];

/** Words that open a range whose partner follows `and` (`between 4 and 5`). */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['between']);

/** Words of change before a figure: a `to` after it gives the new level, not the end of a range (`rose $2.40 to $84.50`). */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'by', 'from', 'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'climbed', 'climbs', 'dropped', 'drops',
  'jumped', 'jumps', 'increased', 'increases', 'decreased', 'decreases', 'slipped', 'slips', 'gained', 'gains', 'lost',
  'grew', 'grows', 'declined', 'declines', 'surged', 'surges', 'plunged', 'plunges', 'soared', 'soars', 'tumbled',
  'eased', 'eases', 'edged', 'added', 'shed', 'sheds', 'up', 'down', 'cut', 'raised', 'lowered', 'slid', 'slumped',
]);
