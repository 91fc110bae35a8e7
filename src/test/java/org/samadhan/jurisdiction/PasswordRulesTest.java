package org.samadhan.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException.Reason;

class PasswordRulesTest {

	final PasswordRules rules = new PasswordRules();

	List<String> broken(String password) {
		return rules.broken(password, "sho.kotwali", "9876512345", "Ramesh Kumar", "रमेश कुमार")
			.stream()
			.map(Reason::code)
			.toList();
	}

	@Test
	void acceptsALongPassphraseOfOrdinaryWords() {
		assertThat(broken("tractor monsoon ladder 42")).isEmpty();
		assertThat(broken("नीला आसमान गहरा")).isEmpty();
		assertThat(broken("Gx7#kQ2!mZ")).isEmpty();
	}

	@Test
	void refusesFewerThanTenCharactersAndMoreThanBcryptReads() {
		assertThat(broken("Gx7#kQ2!m")).containsExactly("too-short");
		assertThat(broken("w".repeat(3) + "x7#kQ2!mZ".repeat(8))).containsExactly("too-long");
		// 25 Devanagari letters are 75 bytes
		assertThat(broken("कखगघङचछजझञटठडढणतथदधनपफबभम")).contains("too-long");
	}

	@Test
	void refusesCommonPasswordsAndTheirSimpleVariations() {
		assertThat(broken("1234567890")).containsExactly("common");
		assertThat(broken("basketball")).containsExactly("common");
		assertThat(broken("Password@123")).containsExactly("common");
		assertThat(broken("P@ssw0rd2024!")).containsExactly("common");
		assertThat(broken("drowssap123")).containsExactly("common");
		assertThat(broken("monkeymonkey")).containsExactly("common");
		assertThat(broken("police@12345")).containsExactly("common");
		assertThat(broken("JaiHind@2025")).containsExactly("common");
	}

	@Test
	void refusesKeyboardRowsRunsAndRepeats() {
		assertThat(broken("qwertyuiop")).containsExactly("common");
		assertThat(broken("abc1234567")).containsExactly("common");
		assertThat(broken("aaaaaaaaaaaa")).containsExactly("common");
		assertThat(broken("abababababab")).containsExactly("common");
		assertThat(broken("9876543210z")).containsExactly("common");
	}

	@Test
	void refusesTheAccountsOwnWords() {
		assertThat(broken("sho.kotwali2024")).containsExactly("personal");
		assertThat(broken("Kotwali@2024")).contains("personal");
		assertThat(broken("my number 9876512345")).containsExactly("personal");
		assertThat(broken("zebra5432156k")).containsExactly("personal");
		assertThat(broken("Ramesh@19850101")).containsExactly("personal");
		assertThat(broken("kitchen-ramesh-bridge")).isEmpty();
	}

	@Test
	void refusesTheDemoPasswordAndItsVariations() {
		assertThat(broken("demo-only")).containsExactlyInAnyOrder("too-short", "demo");
		assertThat(broken("demo-only-2025")).containsExactly("demo");
		assertThat(broken("DemoOnly!!!!")).containsExactly("demo");
	}

	@Test
	void namesEveryBrokenRuleInOneRefusal() {
		assertThatThrownBy(() -> rules.check("sho123", "sho.kotwali", null)).isInstanceOfSatisfying(PolicyRefusal.class,
				refusal -> assertThat(refusal.reasons()).extracting(Reason::code).containsExactly("too-short", "common"));
		assertThatThrownBy(() -> rules.check("bilaspur", "io.bilaspur.1", null)).isInstanceOfSatisfying(
				PolicyRefusal.class,
				refusal -> assertThat(refusal.reasons()).extracting(Reason::code).containsExactly("too-short", "personal"));
	}
}
