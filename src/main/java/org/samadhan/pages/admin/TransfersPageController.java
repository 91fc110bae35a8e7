package org.samadhan.pages.admin;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.BulkSetup;
import org.samadhan.jurisdiction.PlanReport;
import org.samadhan.jurisdiction.TransferList;
import org.samadhan.jurisdiction.UploadedSheets;
import org.samadhan.shared.PolicyRefusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A transfer list as the district or the state publishes it: upload, preview (each officer's move;
 * per station, the open enquiries that go to its "to reassign" list and who there can hand them on;
 * a list that would leave enquiries with no one is refused, with that reason), then "apply", which
 * starts the real run and leads to its progress. The rules are {@link TransferList}'s, as behind
 * {@code /api/admin/transfers}; the file previewed is the one applied ({@link HeldUploads}).
 */
@Controller
@RequestMapping("/admin/transfers")
class TransfersPageController {

	/** What {@link HeldUploads} keeps a transfer list under (a district's set-up is kept under its code). */
	private static final String HELD_AS = "transfer-list";

	private final TransferList transfers;

	private final Administration administration;

	private final MessageSource messages;

	TransfersPageController(TransferList transfers, Administration administration, MessageSource messages) {
		this.transfers = transfers;
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping({ "", "/apply" })
	String form(Actor actor, Model model) {
		administration.scopeOf(actor);
		return page(model);
	}

	@PostMapping
	String preview(@RequestParam(required = false) MultipartFile file, Actor actor, Model model, Locale locale,
			HttpSession session) {
		administration.scopeOf(actor);
		try {
			TransferList.Preview preview = transfers.preview(TransferList.table(HeldUploads.bytes(file)), actor);
			PlanReport plan = PlanReport.of(preview.plan(), preview, messages, locale);
			model.addAttribute("plan", plan);
			if (plan.applicable()) {
				model.addAttribute("token", HeldUploads.of(session).hold(HELD_AS, file));
				HeldUploads.changed(session);
			}
		}
		catch (PolicyRefusal unreadable) {
			model.addAttribute("fileErrors", SetupPageController.sentences(unreadable, locale, messages));
		}
		return page(model);
	}

	@PostMapping("/apply")
	String apply(@RequestParam(required = false) String token, Actor actor, Model model, Locale locale,
			HttpSession session) {
		administration.scopeOf(actor);
		HeldUploads.Held held = HeldUploads.of(session).find(token, HELD_AS);
		if (held == null) {
			model.addAttribute("fileErrors", List.of(messages.getMessage("page.admin.upload.again", null, locale)));
			return page(model);
		}
		synchronized (held) {
			if (held.uploadId() == null) {
				UploadedSheets.Table table = TransferList.table(held.file(0));
				try {
					held.started(transfers.start(table, held.fileName(), held.joined(), actor));
					HeldUploads.changed(session);
				}
				catch (BulkSetup.PlanRefused refused) {
					// Postings or open work changed since the preview: here is the list as it now stands.
					TransferList.Preview preview = transfers.preview(table, actor);
					model.addAttribute("plan", PlanReport.of(preview.plan(), preview, messages, locale));
					model.addAttribute("refused", true);
					return page(model);
				}
			}
			return "redirect:/admin/uploads/" + held.uploadId();
		}
	}

	private String page(Model model) {
		model.addAttribute("columns", TransferList.COLUMNS);
		model.addAttribute("informative", TransferList.INFORMATIVE);
		model.addAttribute("maxRows", UploadedSheets.MAX_ROWS);
		return "admin/transfers";
	}
}
