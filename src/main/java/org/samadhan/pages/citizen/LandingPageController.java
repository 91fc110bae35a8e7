package org.samadhan.pages.citizen;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: file a complaint, follow one, or (for officers) sign in. */
@Controller
class LandingPageController {

	@GetMapping("/")
	String landing() {
		return "citizen/landing";
	}
}
