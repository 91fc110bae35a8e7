package org.samadhan.pages;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The icon at the one address every browser asks for on its own ({@code /favicon.ico}: for a page
 * without a layout, a downloaded file, an old browser). Pages link the SVG icon under
 * {@code /static}, whose address carries its content hash; this address cannot, so it is kept a
 * week rather than a year, and a changed icon reaches everyone within that week.
 */
@Controller
class SiteIcon {

	private static final Resource ICON = new ClassPathResource("static/favicon.ico");

	private static final MediaType ICO = MediaType.parseMediaType("image/x-icon");

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> icon() {
		return ResponseEntity.ok()
			.contentType(ICO)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.body(ICON);
	}
}
