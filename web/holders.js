// Who holds a place, in the colours of the legend (app.css's .holder-* classes use the same values).

export const HolderColours = Object.freeze({
  RU: "#d62728",
  UA: "#1f6fd1",
  contested: "#f0a202",
  unknown: "#8a8a8a",
});

/** The colour of a holder as the API names it ("RU", "UA", "contested", "unknown"); grey for anything else. */
export function holderColour(holder) {
  return Object.hasOwn(HolderColours, holder) ? HolderColours[holder] : HolderColours.unknown;
}

/** A CSS class for a holder's swatch or badge. */
export function holderClass(holder) {
  return "holder-" + (Object.hasOwn(HolderColours, holder) ? holder : "unknown");
}

/** The opacity a confidence (0–1) is drawn with: never fully transparent, so a weak assessment still shows. */
export function confidenceOpacity(confidence) {
  const c = Number.isFinite(confidence) ? Math.min(Math.max(confidence, 0), 1) : 0;
  return 0.3 + 0.7 * c;
}
