import { formWords } from "../../lib/form-words";
import type { FormField } from "../../schemas/forms";

interface Props {
  field: FormField;
  /** The current answer ("" when unanswered; "yes" for a ticked checkbox). */
  value: string;
  /** The message to show, if the answer needs correcting. */
  error?: string | undefined;
  /** Reports a new answer (with JavaScript); without it the inputs are plain HTML form controls. */
  onValue?: ((name: string, value: string) => void) | undefined;
  /**
   * The question is the page's own heading (GOV.UK's `isPageHeading`): on a page of one question, its legend
   * holds the h1, so that a screen reader reads the question once, as the heading and as the radios' name.
   */
  isPageHeading?: boolean | undefined;
}

/** Ids of the hint and error that describe an input, for aria-describedby. */
const describedBy = (field: FormField, error?: string) =>
  [field.hint && `${field.name}-hint`, error && `${field.name}-error`].filter(Boolean).join(" ") || undefined;

/** One question in GOV.UK's pattern: label or legend, hint, error message, then the input. */
export function FormQuestion({ field, value, error, onValue, isPageHeading }: Props) {
  const { name, type, label, hint } = field;
  const change = (next: string) => onValue?.(name, next);
  const hintAndError = (
    <>
      {hint && (
        <div id={`${name}-hint`} class="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${name}-error`} class="error-message">
          <span class="visually-hidden">{formWords.errorPrefix}</span>
          {error}
        </p>
      )}
    </>
  );
  const groupClass = `form-group${error ? " form-group--error" : ""}`;

  if (type === "radios") {
    return (
      <div class={groupClass}>
        <fieldset class="fieldset" aria-describedby={describedBy(field, error)}>
          {isPageHeading ? (
            <legend class="fieldset__legend fieldset__legend--page">
              <h1 class="fieldset__heading">{label}</h1>
            </legend>
          ) : (
            <legend class="fieldset__legend">{label}</legend>
          )}
          {hintAndError}
          <div class="radios">
            {(field.options ?? []).map((option, index) => {
              const id = index === 0 ? name : `${name}-${index + 1}`;
              return (
                <div class="radios__item" key={option.value}>
                  <input
                    class="radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                    onChange={() => change(option.value)}
                  />
                  <label class="radios__label" for={id}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={`${id}-item-hint`} class="hint radios__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }

  if (type === "checkbox") {
    return (
      <div class={groupClass}>
        {field.link && (
          <p>
            <a href={field.link.href}>{field.link.text}</a>
          </p>
        )}
        {hintAndError}
        <div class="checkbox">
          <input
            class="checkbox__input"
            id={name}
            name={name}
            type="checkbox"
            value="yes"
            checked={value === "yes"}
            aria-describedby={describedBy(field, error)}
            onChange={(event) => change(event.currentTarget.checked ? "yes" : "")}
          />
          <label class="checkbox__label" for={name}>
            {label}
          </label>
        </div>
      </div>
    );
  }

  const common = {
    id: name,
    name,
    value,
    "aria-describedby": describedBy(field, error),
    // A width class, not a style attribute: the Content-Security-Policy allows no inline styles.
    class: ["input", error && "input--error", field.width && `input--width-${field.width}`].filter(Boolean).join(" "),
  };
  return (
    <div class={groupClass}>
      <label class="label" for={name}>
        {label}
      </label>
      {hintAndError}
      {type === "select" ? (
        <select {...common} onChange={(event) => change(event.currentTarget.value)}>
          <option value="">{formWords.choose}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value} selected={value === option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : type === "textarea" ? (
        <textarea {...textareaProps(common)} rows={5} onInput={(event) => change(event.currentTarget.value)} />
      ) : (
        <input
          {...common}
          // Numbers use a text input with a numeric keyboard, as GOV.UK advises: type=number mangles answers.
          type={type === "number" ? "text" : type}
          inputMode={type === "number" ? "numeric" : undefined}
          autocomplete={field.autocomplete}
          spellcheck={type === "email" || field.autocomplete === "name" || name.endsWith("Name") ? false : undefined}
          onInput={(event) => change(event.currentTarget.value)}
        />
      )}
    </div>
  );
}

/**
 * A textarea's props without an empty `value`: preact/compat writes a textarea's `value` prop into the DOM
 * after every render, hydration included, which would wipe what someone typed before the script arrived.
 */
function textareaProps<Props extends { value: string }>({ value, ...rest }: Props) {
  return value ? { ...rest, value } : rest;
}
