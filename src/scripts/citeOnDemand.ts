/**
 * Shows the Cite buttons (hidden without JavaScript, which the dialog needs) and loads the citation
 * code on the first click of one, so a reader who never cites runs none of it.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-cite]')) button.hidden = false;

document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-cite]') : null;
  if (!button) return;
  void import('./citeDialog').then(({ CiteDialog }) => {
    const dialog = document.querySelector('cite-dialog');
    if (dialog instanceof CiteDialog) dialog.openFor(button);
  });
});
