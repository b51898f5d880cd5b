// Placeholder page script: fetches the assessment and lists it. Untrusted text goes in as text, never as HTML.
"use strict";
(async () => {
  const response = await fetch("api/assessment");
  const assessment = await response.json();
  document.getElementById("date").textContent = assessment.date;
  const list = document.getElementById("places");
  for (const place of assessment.places) {
    const item = document.createElement("li");
    item.textContent = `${place.name}: ${place.label} (${place.confidence})${place.unconfirmed ? ", claimed, unconfirmed" : ""}`;
    list.append(item);
  }
})();
