// Loaded by Tasklist (scripts/config.js, customScripts). Makes the Camunda Forms (form-js) usable
// with a keyboard and a screen reader (docs/accessibility.md):
// - « Terminer » stays in the tab order: Tasklist disables it as soon as a required answer is left
//   empty, with no word of why. It stays enabled here; pressed while answers are missing, it says
//   which ones (a polite live region next to it) and moves the focus to the first of them. The same
//   for « Démarrer » of a start form, which Tasklist keeps disabled until the form is valid.
// - Radio groups and checklists are announced with their question (role radiogroup or group,
//   aria-labelledby the question's label): form-js only labels each option.
const TASK_SUBMIT = 'button[ng-click="complete()"]';
const START_SUBMIT = 'button[ng-click="startProcessInstance()"]';
const COMPLETE = `${TASK_SUBMIT}, ${START_SUBMIT}`;
// After a submission goes through, Tasklist disables the button while the request runs: leave it so.
const SENDING_MS = 5000;
const STATUS_ID = 'forms-access-status';
let labelCount = 0;

function editableForm() {
  return Array.from(
    document.querySelectorAll('.fjs-container .fjs-form input, .fjs-container .fjs-form textarea, .fjs-container .fjs-form select')
  ).some((input) => !input.disabled && !input.readOnly);
}

/** The innermost fields that show an error message, in the order of the form. */
function fieldsInError() {
  return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field')).filter((field) => {
    if (field.classList.contains('fjs-form-field-grouplike')) {
      return false;
    }
    const error = field.querySelector('.fjs-form-field-error');
    return error !== null && error.textContent.trim() !== '';
  });
}

function question(field) {
  const label = field.querySelector('.fjs-form-field-label');
  const text = label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
  return text || 'sans titre';
}

function status(button) {
  let element = document.getElementById(STATUS_ID);
  if (!element && button && button.parentElement) {
    element = document.createElement('p');
    element.id = STATUS_ID;
    element.className = 'forms-access-status';
    element.setAttribute('role', 'status');
    element.setAttribute('aria-live', 'polite');
    button.parentElement.insertBefore(element, button.parentElement.firstChild);
  }
  return element;
}

function explain(button, moveFocus) {
  const fields = fieldsInError();
  const element = status(button);
  if (!element) {
    return false;
  }
  if (!fields.length) {
    element.textContent = '';
    return false;
  }
  const names = fields.map((field) => `« ${question(field)} »`).join(', ');
  element.textContent =
    fields.length === 1
      ? `Le formulaire n'est pas envoyé : une réponse manque ou est à corriger (${names}).`
      : `Le formulaire n'est pas envoyé : ${fields.length} réponses manquent ou sont à corriger (${names}).`;
  if (moveFocus) {
    const target = fields[0].querySelector('input:not([type=hidden]), textarea, select, [tabindex]');
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
  }
  return true;
}

// Tasklist (ng-disabled) sets « disabled » whenever form-js reports an error: take it off again while
// the form can be edited, so the button keeps its place in the tab order.
// Tasklist also disables them before any error shows (a required answer still empty; the start
// dialog's $invalid starts true): they are kept reachable then too, unless a submission is being sent.
function keepReachable(button) {
  const sending = Date.now() - Number(button.dataset.formsAccessSent || 0) < SENDING_MS;
  if (button.hasAttribute('disabled') && editableForm() && !sending) {
    button.removeAttribute('disabled');
    button.setAttribute('aria-describedby', STATUS_ID);
    status(button);
  }
}

// Pressed (mouse, Enter or Space) while answers are missing: explain instead of sending. When no
// error shows yet, Tasklist sends the form, form-js reveals what is missing: explain it then.
document.addEventListener(
  'click',
  (event) => {
    const button = event.target.closest && event.target.closest(COMPLETE);
    if (!button || !document.querySelector('.fjs-container')) {
      return;
    }
    if (explain(button, true)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    button.dataset.formsAccessSent = String(Date.now());
    setTimeout(() => {
      if (document.contains(button)) {
        explain(button, true);
      }
    }, 300);
  },
  true
);

function groupChoices(root) {
  root.querySelectorAll('.fjs-form-field-radio, .fjs-form-field-checklist').forEach((field) => {
    if (!field.classList.contains('fjs-form-field')) {
      return;
    }
    const label = field.querySelector(':scope > .fjs-form-field-label');
    if (!label) {
      return;
    }
    if (!label.id) {
      labelCount += 1;
      label.id = `forms-access-question-${labelCount}`;
    }
    const role = field.classList.contains('fjs-form-field-radio') ? 'radiogroup' : 'group';
    if (field.getAttribute('role') !== role) {
      field.setAttribute('role', role);
    }
    if (field.getAttribute('aria-labelledby') !== label.id) {
      field.setAttribute('aria-labelledby', label.id);
    }
    if (role === 'radiogroup' && field.classList.contains('required') && !field.hasAttribute('aria-required')) {
      field.setAttribute('aria-required', 'true');
    }
  });
}

let scheduled = false;
function update() {
  scheduled = false;
  const container = document.querySelector('.fjs-container');
  if (container) {
    groupChoices(container);
  }
  // Every such button: the start dialog opens over the task view, whose hidden « Terminer » comes first.
  const buttons = document.querySelectorAll(COMPLETE);
  buttons.forEach(keepReachable);
  const element = document.getElementById(STATUS_ID);
  if (buttons.length && element && element.textContent && !fieldsInError().length) {
    element.textContent = '';
  }
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(update);
  }
}).observe(document.body, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['disabled', 'class']
});

export default {};
