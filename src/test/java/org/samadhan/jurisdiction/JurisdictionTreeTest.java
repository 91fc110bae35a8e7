package org.samadhan.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tree as the data files describe it, and the posting rule read off it. */
@SamadhanTest
class JurisdictionTreeTest {

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsUttarPradeshWithItsZonesRangesAndSeventyFiveDistricts() {
		assertThat(jurisdiction.ofKind(UnitKind.STATE)).singleElement().extracting(Unit::nameHi).isEqualTo("उत्तर प्रदेश");
		assertThat(jurisdiction.ofKind(UnitKind.ZONE)).hasSize(8);
		assertThat(jurisdiction.ofKind(UnitKind.RANGE)).hasSize(18);
		List<Unit> districts = jurisdiction.ofKind(UnitKind.DISTRICT);
		assertThat(districts).hasSize(75);
		assertThat(districts).extracting(Unit::number).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 75);
		Unit lucknow = jurisdiction.unitByCode("LUCKNOW").orElseThrow();
		assertThat(lucknow.zoneId()).as("a commissionerate sits outside the zone chain").isNull();
		assertThat(jurisdiction.unit(lucknow.parentId()).kind()).isEqualTo(UnitKind.STATE);
		Unit rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow();
		assertThat(jurisdiction.unit(rampur.rangeId()).nameEn()).isEqualTo("Moradabad Range");
		assertThat(jurisdiction.unit(rampur.zoneId()).nameHi()).isEqualTo("बरेली जोन");
	}

	@Test
	void loadsTheDemoDistrictAndSaysWhichCirclesAreAssumptions() {
		long rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		List<Unit> stations = jurisdiction.ofKind(UnitKind.STATION)
			.stream()
			.filter(s -> s.districtId() == rampur)
			.toList();
		assertThat(stations).hasSize(17).allMatch(s -> s.circleId() != null);
		assertThat(jurisdiction.unitByCode("RAMPUR_AZIMNAGAR").orElseThrow().note()).startsWith("DEMO ASSUMPTION");
		assertThat(jurisdiction.unitByCode("RAMPUR_MILAK").orElseThrow().note()).isNull();
		assertThat(jurisdiction.children(jurisdiction.unitByCode("RAMPUR_MILAK").orElseThrow().id()))
			.extracting(Unit::kind)
			.containsExactlyInAnyOrder(UnitKind.BEAT, UnitKind.BEAT, UnitKind.OUTPOST, UnitKind.OUTPOST);
	}

	@Test
	void hasADemoOfficerForEveryRole() {
		List<Role> held = jdbc.sql("select distinct role from jurisdiction_officer_role").query(Role.class).list();
		assertThat(held).containsExactlyInAnyOrder(
				Arrays.stream(Role.values()).filter(Role::isOfficerRole).toArray(Role[]::new));
	}

	@Test
	void everyRequestReadsThePostingAndRolesAsTheyAreNow() {
		Officer sho = jurisdiction.findOfficerByUsername("sho.kotwali").orElseThrow();
		// What the session remembers of sign-in (here: other roles) does not decide what the officer may do.
		String hash = jdbc.sql("select password_hash from jurisdiction_officer where id = ?").param(sho.id())
			.query(String.class).single();
		OfficerPrincipal signedIn = new OfficerPrincipal(sho.id(), sho.username(), hash, sho.nameEn(),
				java.util.Set.of(Role.SP), true);
		Actor actor = jurisdiction.actorOf(signedIn).orElseThrow();
		assertThat(actor.posting().code()).isEqualTo("RAMPUR_KOTWALI");
		assertThat(actor.roles()).containsExactly(Role.SHO);
	}

	@Test
	void aPostingCoversWhatLiesBelowItAndNothingElse() {
		Unit rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow();
		Unit kotwali = jurisdiction.unitByCode("RAMPUR_KOTWALI").orElseThrow();
		Unit ganj = jurisdiction.unitByCode("RAMPUR_GANJ").orElseThrow();
		Unit milak = jurisdiction.unitByCode("RAMPUR_MILAK").orElseThrow();
		Unit city = jurisdiction.unit(kotwali.circleId());
		Unit bareillyZone = jurisdiction.unit(rampur.zoneId());
		Placement atKotwali = Placement.station(kotwali);
		assertThat(jurisdiction.covers(kotwali, atKotwali)).isTrue();
		assertThat(jurisdiction.covers(ganj, atKotwali)).isFalse();
		assertThat(jurisdiction.covers(city, atKotwali)).isTrue();
		assertThat(jurisdiction.covers(city, Placement.station(milak))).isFalse();
		assertThat(jurisdiction.covers(rampur, atKotwali)).isTrue();
		assertThat(jurisdiction.covers(bareillyZone, atKotwali)).isTrue();
		assertThat(jurisdiction.covers(jurisdiction.unitByCode("LUCKNOW").orElseThrow(), atKotwali)).isFalse();
		Unit beat = jurisdiction.unitByCode("RAMPUR_KOTWALI_HALKA_1").orElseThrow();
		assertThat(jurisdiction.covers(beat, atKotwali)).as("a beat officer sees only their own cases").isFalse();
	}
}
