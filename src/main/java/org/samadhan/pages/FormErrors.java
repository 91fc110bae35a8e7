package org.samadhan.pages;

import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.samadhan.shared.SamadhanException;
import org.springframework.validation.BindingResult;

/**
 * Puts what a module refused next to the form field it concerns, as a message key the page shows
 * in its language ({@code th:errors}). The modules name fields as their requests do
 * ({@code complainant.mobile}, {@code districtCode}); a page says which of its own fields each
 * name stands for. A refusal that names no field of the form is shown above it.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** A refusal from a module's service: on its field when the form has it, else above the form. */
	public static void reject(BindingResult form, SamadhanException refusal, Map<String, String> fields) {
		String field = refusal instanceof org.samadhan.shared.InvalidInputException invalid ? invalid.field() : null;
		String formField = field == null ? null : fields.get(field);
		if (formField != null) {
			form.rejectValue(formField, refusal.messageKey(), refusal.arguments(), null);
		}
		else {
			form.reject(refusal.messageKey(), refusal.arguments(), null);
		}
		refusal.reasons().forEach(reason -> form.reject(reason.messageKey(), reason.arguments(), null));
	}

	/**
	 * Bean Validation's findings on a module's request record: each on its field, with the message
	 * key its constraint names ({@code message = "{intake.name.required}"}).
	 */
	public static void reject(BindingResult form, Set<? extends ConstraintViolation<?>> violations,
			Map<String, String> fields) {
		for (ConstraintViolation<?> violation : violations) {
			String template = violation.getMessageTemplate();
			String key = template.startsWith("{") && template.endsWith("}")
					? template.substring(1, template.length() - 1) : template;
			String formField = fields.get(violation.getPropertyPath().toString());
			if (formField != null) {
				if (!form.hasFieldErrors(formField)) {
					form.rejectValue(formField, key);
				}
			}
			else {
				form.reject(key);
			}
		}
	}
}
