package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class AttachmentPurposeTest {

	@Test
	void acceptsOnlyImagesAsVisitPhotos() {
		assertThat(AttachmentPurpose.VISIT_PHOTO.accepted()).containsExactly(MediaKind.JPEG, MediaKind.PNG,
				MediaKind.WEBP);
		assertThat(AttachmentPurpose.VISIT_PHOTO.accepts(MediaKind.PDF)).isFalse();
	}

	@Test
	void acceptsImagesAndPdfForEveryOtherPurpose() {
		for (AttachmentPurpose purpose : EnumSet.complementOf(EnumSet.of(AttachmentPurpose.VISIT_PHOTO))) {
			assertThat(purpose.accepted()).as(purpose.name()).containsExactly(MediaKind.values());
		}
	}

	@Test
	void namesTheAcceptedKindsForARefusal() {
		assertThat(AttachmentPurpose.VISIT_PHOTO.acceptedNames()).isEqualTo("JPEG, PNG, WEBP");
	}
}
