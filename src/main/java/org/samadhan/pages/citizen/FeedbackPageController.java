package org.samadhan.pages.citizen;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.samadhan.feedback.FeedbackLinks;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page the feedback SMS links to ({@code samadhan.public-url}/feedback/&lt;code&gt;): what the
 * complaint came to, and one answer, satisfied or dissatisfied with a reason (feedback's
 * {@link FeedbackLinks}, as behind {@code /api/public/feedback/{code}}). A used, expired or forged
 * link gets one plain page saying so.
 */
@Controller
@RequestMapping("/feedback/{code}")
class FeedbackPageController {

	private final FeedbackLinks links;

	FeedbackPageController(FeedbackLinks links) {
		this.links = links;
	}

	@GetMapping
	String question(@PathVariable String code, HttpServletRequest request, Model model) {
		model.addAttribute("form", new FeedbackForm());
		return question(code, links.read(code, request.getRemoteAddr()), model);
	}

	@PostMapping
	String answer(@PathVariable String code, @ModelAttribute("form") FeedbackForm form, BindingResult errors,
			HttpServletRequest request, Model model) {
		if (form.getSatisfied() == null) {
			errors.rejectValue("satisfied", "page.feedback.choose");
		}
		else {
			try {
				FeedbackLinks.LinkView answered = links.answer(code, form.getSatisfied(), form.getReason(),
						request.getRemoteAddr());
				model.addAttribute("link", answered);
				model.addAttribute("satisfied", form.getSatisfied());
				return "citizen/feedback-thanks";
			}
			catch (InvalidInputException refused) {
				FormErrors.reject(errors, refused, Map.of("reason", "reason"));
			}
		}
		return question(code, links.read(code, request.getRemoteAddr()), model);
	}

	private static String question(String code, FeedbackLinks.LinkView link, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("link", link);
		model.addAttribute("grouped", ReferenceNumber.parse(link.reference()).grouped());
		return "citizen/feedback";
	}

	/** Answered already (by this link, maybe a moment ago from a second press): the answer is kept. */
	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView alreadyAnswered() {
		return new ModelAndView("citizen/feedback-gone", "answered", true);
	}

	/** Expired, closed another way, forged: one page for all, as the API gives one answer for all. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notUsable() {
		return new ModelAndView("citizen/feedback-gone");
	}
}
