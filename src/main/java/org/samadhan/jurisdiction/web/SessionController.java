package org.samadhan.jurisdiction.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Session", description = "Who is signed in")
class SessionController {

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	@GetMapping("/me")
	@Operation(summary = "The signed-in officer: name, roles and posting")
	Me me(Actor actor) {
		return Me.of(actor);
	}

	@PostMapping("/session")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a session with HTTP Basic credentials; later calls may use the cookie and X-XSRF-TOKEN")
	Me openSession(Actor actor, HttpServletRequest request, HttpServletResponse response) {
		sessions.saveContext(SecurityContextHolder.getContext(), request, response);
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token != null) {
			token.getToken();
		}
		return Me.of(actor);
	}

	record Me(Long officerId, String name, List<Role> roles, Long postingId, String postingCode, String postingKind) {

		static Me of(Actor actor) {
			Unit posting = actor.posting();
			return new Me(actor.officerId(), actor.name(), actor.roles().stream().sorted().toList(), posting.id(),
					posting.code(), posting.kind().name());
		}
	}
}
