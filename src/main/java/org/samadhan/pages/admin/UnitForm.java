package org.samadhan.pages.admin;

import java.util.Locale;
import java.util.Map;

import org.samadhan.jurisdiction.AdminRequests.NewUnit;
import org.samadhan.jurisdiction.AdminRequests.UnitChange;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.springframework.validation.BindingResult;

/**
 * A unit as the administrator types it, to add (kind, parent, code) or to rename and place (names,
 * position, the version read), kept as typed so that a refused form comes back as it was. It
 * becomes administration's {@link NewUnit} or {@link UnitChange}, whose rules the page checks.
 */
public class UnitForm {

	/** Which form field each of the requests' fields (and administration's refusals) stands for. */
	static final Map<String, String> FIELDS = Map.of("kind", "kind", "parentCode", "parentCode", "code", "code",
			"nameEn", "nameEn", "nameHi", "nameHi", "latitude", "latitude", "longitude", "longitude");

	private String kind;

	private String parentCode;

	private String code;

	private String nameEn;

	private String nameHi;

	private String latitude;

	private String longitude;

	private String version;

	/** The form to rename or place a unit, filled with what it is now. */
	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.nameEn = unit.nameEn();
		form.nameHi = unit.nameHi();
		form.latitude = unit.latitude() == null ? null : String.valueOf(unit.latitude());
		form.longitude = unit.longitude() == null ? null : String.valueOf(unit.longitude());
		form.version = String.valueOf(unit.version());
		return form;
	}

	/** The new unit; a position that is not a number is reported on {@code errors}. */
	NewUnit toNewUnit(BindingResult errors) {
		UnitKind chosen = kind == null || kind.isBlank() ? null : kindOrNull(kind);
		String typedCode = Typed.text(code);
		return new NewUnit(chosen, Typed.text(parentCode), typedCode == null ? null : typedCode.toUpperCase(Locale.ROOT),
				Typed.text(nameEn), Typed.text(nameHi), Typed.number(latitude, "latitude", errors),
				Typed.number(longitude, "longitude", errors));
	}

	/** The new names and position, against the version read. */
	UnitChange toChange(BindingResult errors) {
		return new UnitChange(Typed.text(nameEn), Typed.text(nameHi), Typed.number(latitude, "latitude", errors),
				Typed.number(longitude, "longitude", errors), Typed.whole(version));
	}

	private static UnitKind kindOrNull(String text) {
		try {
			return UnitKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getParentCode() {
		return parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameHi() {
		return nameHi;
	}

	public void setNameHi(String nameHi) {
		this.nameHi = nameHi;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}
}
