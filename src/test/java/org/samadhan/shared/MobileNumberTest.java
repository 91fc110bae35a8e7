package org.samadhan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MobileNumberTest {

	@Test
	void readsTheTenDigitsFromEveryFormAPersonTypes() {
		for (String typed : List.of("9876501234", "98765 01234", "98765-01234", "+91 98765 01234", "+919876501234",
				"+91-98765-01234", "09876501234", "919876501234", "0091 98765 01234", " (+91) 98765.01234 ")) {
			assertThat(MobileNumber.read(typed)).as(typed).contains(new MobileNumber("9876501234"));
		}
	}

	@Test
	void refusesWhatIsNoIndianMobileNumber() {
		for (String typed : List.of("", "98765", "5876501234", "+1 9876501234", "98765012345", "abcdefghij",
				"91987650123")) {
			assertThat(MobileNumber.read(typed)).as(typed).isEmpty();
		}
		assertThat(MobileNumber.read(null)).isEmpty();
	}

	@Test
	void aTenDigitNumberStartingWithNinetyOneIsKeptWhole() {
		assertThat(MobileNumber.read("9198765012")).contains(new MobileNumber("9198765012"));
	}
}
