package org.samadhan.notification.web;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.notification.Notifications;
import org.samadhan.notification.OutboxPage;
import org.samadhan.notification.OutboxQuery;
import org.samadhan.notification.OutboxStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/outbox")
@Tag(name = "Notifications", description = "The messages Samadhan sends, and those the demo only records")
class OutboxController {

	private final Notifications notifications;

	OutboxController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The outbox, newest first, for an administrator: by status, complaint reference or recipient")
	OutboxPage list(@RequestParam(required = false) OutboxStatus status,
			@RequestParam(required = false) String complaint, @RequestParam(required = false) String recipient,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
		return notifications.outbox(new OutboxQuery(status, complaint, recipient, page, size), actor);
	}
}
