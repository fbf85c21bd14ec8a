/**
 * A disclosure reached by its own address opens: a commentary linked from search or the timeline
 * (`/speech/cybersecurity/#commentary-4`) shows its text at once. Browsers open a closed <details> for an
 * address inside it, but not for the <details> itself.
 */
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}

openTarget();
addEventListener('hashchange', openTarget);
