// The side panel: one place (its state on the day, its timeline, its claims with their evidence) or one report
// (its text with every claim's evidence marked). All text from the API goes in as text.
import { el, append, clear, externalLink, markedText } from "./dom.js";
import { holderClass, confidenceOpacity } from "./holders.js";

const ModalityNames = Object.freeze({
  asserted: "asserted",
  denied: "denied",
  hedged: "hedged",
  unverified: "unverified",
});

/** Whether a claim passes the page's filters: kind, the claimant's side, and at least this credible (1 best, 6 any). */
export function passes(claim, filters) {
  if (filters.kind && claim.kind !== filters.kind) return false;
  if (filters.side) {
    const side = claim.claimant?.side;
    if (filters.side === "other" ? side === "RU" || side === "UA" : side !== filters.side) return false;
  }
  if (Number.isInteger(claim.credibility) && claim.credibility > filters.minCredibility) return false;
  return true;
}

function percent(confidence) {
  return Number.isFinite(confidence) ? `${Math.round(confidence * 100)}%` : "";
}

function holderBadge(holder, label) {
  return el("span", { className: `badge holder ${holderClass(holder)}`, text: label ?? holder });
}

function stateLine(state) {
  if (!state) return el("p", { className: "state none", text: "Not assessed on this day." });
  const parts = [
    holderBadge(state.holder, state.label),
    ` confidence ${percent(state.confidence)}`,
    state.since ? ` since ${state.since}` : "",
    Number.isInteger(state.sources) ? ` · ${state.sources} ${state.sources === 1 ? "source" : "sources"}` : "",
  ];
  if (state.unconfirmed) parts.push(" ", el("span", { className: "badge flag", text: "claimed, unconfirmed" }));
  return el("p", { className: "state" }, ...parts);
}

/**
 * The evidence inside its paragraph: three nodes (before, <mark>, after). The API gives both with offsets into the
 * report; the mark is placed only where the paragraph really holds the evidence's text, else the evidence is shown
 * alone, marked.
 */
export function evidenceNodes(claim) {
  const evidence = claim.evidence ?? {};
  const paragraph = claim.paragraph;
  const text = typeof evidence.text === "string" ? evidence.text : "";
  if (paragraph && typeof paragraph.text === "string" && Number.isInteger(evidence.start) && Number.isInteger(evidence.end)) {
    const start = evidence.start - paragraph.start;
    const end = evidence.end - paragraph.start;
    if (start >= 0 && end <= paragraph.text.length && start <= end && paragraph.text.slice(start, end) === text) {
      return markedText(paragraph.text, [{ start, end }]);
    }
    const found = text ? paragraph.text.indexOf(text) : -1;
    if (found >= 0) return markedText(paragraph.text, [{ start: found, end: found + text.length }]);
  }
  return [el("mark", { text })];
}

function gradeBadge(claim) {
  const title = `Reliability ${claim.reliability ?? "?"}, credibility ${claim.credibility ?? "?"}` +
    (claim.selfServing ? "; self-serving" : "") + (claim.againstInterest ? "; against interest" : "");
  return el("span", { className: `badge grade cred-${claim.credibility}`, text: claim.grade, attrs: { title } });
}

function modalityBadge(modality) {
  const name = Object.hasOwn(ModalityNames, modality) ? ModalityNames[modality] : "asserted";
  return el("span", { className: `badge modality modality-${name}`, text: name });
}

function reportLink(report) {
  if (!report) return null;
  const title = report.title || `report ${report.id}`;
  const meta = [report.outlet, report.published].filter(Boolean).join(", ");
  return el("p", { className: "report-link" },
    el("a", { text: title, attrs: { href: `#report/${encodeURIComponent(report.id)}` } }),
    meta ? ` (${meta})` : "",
    report.url ? " · " : "",
    report.url ? externalLink(report.url, "original") : null);
}

function claimItem(claim, { showPlace } = {}) {
  const claimant = claim.claimant ?? {};
  const what = [claim.kind, claim.extent, claim.outcome].filter(Boolean).join(", ");
  const head = el("div", { className: "claim-head" },
    el("strong", { className: "claimant", text: claimant.name }),
    " ", el("span", { className: "badge side", text: claimant.side, attrs: { title: "claimant's side" } }),
    claimant.type ? el("span", { className: "claimant-type", text: ` ${claimant.type}` }) : null);
  const badges = el("div", { className: "claim-badges" },
    gradeBadge(claim), " ", modalityBadge(claim.modality), " ",
    el("span", { className: "kind", text: what }),
    claim.side ? el("span", { className: "claim-side", text: ` · side ${claim.side}` }) : null,
    showPlace && claim.place ? append(el("span", { className: "claim-place" }, " · ",
      el("a", { text: claim.place.name, attrs: { href: `#place/${encodeURIComponent(claim.place.key)}` } }))) : null,
    " · ", el("time", { text: claim.date, attrs: { datetime: claim.date } }));
  const corroboration = [];
  if (claim.corroboratedBy?.length) corroboration.push(`corroborated by ${claim.corroboratedBy.join(", ")}`);
  if (claim.contradictedBy?.length) corroboration.push(`contradicted by ${claim.contradictedBy.join(", ")}`);
  return el("li", { className: "claim", dataset: { claim: claim.id } },
    head, badges,
    el("blockquote", { className: "evidence" }, ...evidenceNodes(claim)),
    corroboration.length ? el("p", { className: "corroboration", text: corroboration.join("; ") }) : null,
    reportLink(claim.report));
}

function filterNote(shown, total, filters) {
  const active = filters.kind || filters.side || filters.minCredibility < 6;
  const claims = total === 1 ? "claim" : "claims";
  return el("p", { className: "note", text: active ? `${shown} of ${total} ${claims} pass the filters.` : `${total} ${claims}.` });
}

/** Fills `body` with a place: its state on `date`, its timeline, and its claims (newest first) that pass `filters`. */
export function renderPlace(body, place, state, date, filters) {
  clear(body);
  const where = [place.admin1, place.country].filter(Boolean).join(", ");
  append(body,
    where ? el("p", { className: "where", text: where }) : null,
    el("p", { className: "on-day", text: `On ${date}:` }),
    stateLine(state));

  const timeline = el("ol", { className: "timeline" });
  let current = null;
  for (const entry of place.timeline ?? []) if (entry.from <= date) current = entry;
  for (const entry of place.timeline ?? []) {
    const swatch = el("span", { className: `swatch ${holderClass(entry.holder)}` });
    swatch.style.opacity = String(confidenceOpacity(entry.confidence));
    append(timeline, el("li", { className: entry === current ? "current" : "", attrs: { "aria-current": entry === current ? "date" : null } },
      el("time", { text: entry.from, attrs: { datetime: entry.from } }), " ", swatch, " ",
      el("span", { text: entry.label ?? entry.holder }), ` ${percent(entry.confidence)}`,
      entry.unconfirmed ? el("span", { className: "flag-text", text: " (unconfirmed)" }) : null));
  }
  append(body, el("h3", { text: "Timeline" }), timeline);

  const claims = [...(place.claims ?? [])].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const shown = claims.filter(c => passes(c, filters));
  const list = el("ol", { className: "claims" }, ...shown.map(c => claimItem(c)));
  append(body, el("h3", { text: "Claims, newest first" }), filterNote(shown.length, place.claimCount ?? claims.length, filters), list);
  if ((place.claimCount ?? 0) > claims.length) {
    append(body, el("p", { className: "note", text: `The newest ${claims.length} of ${place.claimCount} claims are listed.` }));
  }
}

/** Fills `body` with a report: its source and its text with every claim's evidence marked, then those claims. */
export function renderReport(body, report, filters) {
  clear(body);
  const meta = [report.outlet, report.published].filter(Boolean).join(", ");
  append(body, meta ? el("p", { className: "where", text: meta }) : null);
  if (report.url) {
    const link = externalLink(report.url, report.url);
    append(body, link ? el("p", { className: "report-url" }, "Original: ", link) : el("p", { className: "report-url", text: report.url }));
  }
  const claims = report.claims ?? [];
  const shown = claims.filter(c => passes(c, filters));
  const spans = shown
    .filter(c => Number.isInteger(c.evidence?.start) && Number.isInteger(c.evidence?.end))
    .map(c => ({ start: c.evidence.start, end: c.evidence.end, title: `${c.grade} ${c.claimant?.name ?? ""}: ${c.kind}` }));
  append(body,
    el("div", { className: "report-text" }, ...markedText(typeof report.text === "string" ? report.text : "", spans)),
    el("h3", { text: "Claims in this report" }),
    filterNote(shown.length, claims.length, filters),
    el("ol", { className: "claims" }, ...shown.map(c => claimItem({ ...c, paragraph: null, report: null }, { showPlace: true }))));
}
