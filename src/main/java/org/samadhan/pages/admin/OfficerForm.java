package org.samadhan.pages.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.samadhan.jurisdiction.AdminRequests.NewOfficer;
import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.samadhan.jurisdiction.AdminRequests.OfficerChange;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.citizen.FilingForm;
import org.springframework.validation.BindingResult;

/**
 * An officer as the administrator types them, kept as typed so that a refused form comes back as
 * it was: a new officer with their first posting, new details, or a new posting (a transfer, new
 * roles, a reinstatement). Each form on a page is its own model attribute of this class and uses
 * the fields it shows. It becomes administration's {@link NewOfficer}, {@link OfficerChange} or
 * {@link NewPosting}, whose rules the page checks.
 */
public class OfficerForm {

	/** Which form field each of the requests' fields (and administration's refusals) stands for. */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("username", "username"),
			Map.entry("nameEn", "nameEn"), Map.entry("nameHi", "nameHi"), Map.entry("rank", "rank"),
			Map.entry("mobile", "mobile"), Map.entry("posting", "unitCode"), Map.entry("posting.unitCode", "unitCode"),
			Map.entry("posting.roles", "roles"), Map.entry("posting.from", "from"),
			Map.entry("posting.orderRef", "orderRef"), Map.entry("unitCode", "unitCode"), Map.entry("roles", "roles"),
			Map.entry("from", "from"), Map.entry("orderRef", "orderRef"));

	private String username;

	private String nameEn;

	private String nameHi;

	private String rank;

	private String mobile;

	/** Where the unit picker looks: a district, or the state's own units (state administrators only). */
	private String area;

	private String unitCode;

	private List<String> roles = new ArrayList<>();

	private String from;

	private String orderRef;

	private String version;

	/** The form to change an officer's details, filled with what they are now. */
	static OfficerForm details(Officer officer) {
		OfficerForm form = new OfficerForm();
		form.nameEn = officer.nameEn();
		form.nameHi = officer.nameHi();
		form.rank = officer.rank();
		form.mobile = officer.mobile();
		form.version = String.valueOf(officer.version());
		return form;
	}

	NewOfficer toNewOfficer(BindingResult errors) {
		String name = Typed.text(username);
		return new NewOfficer(name == null ? null : name.toLowerCase(Locale.ROOT), Typed.text(nameEn),
				Typed.text(nameHi), Typed.text(rank), FilingForm.digits(mobile), toPosting(errors));
	}

	OfficerChange toChange() {
		return new OfficerChange(Typed.text(nameEn), Typed.text(nameHi), Typed.text(rank), FilingForm.digits(mobile),
				Typed.whole(version));
	}

	NewPosting toPosting(BindingResult errors) {
		return new NewPosting(Typed.text(unitCode), chosenRoles(), Typed.date(from, "from", errors),
				Typed.text(orderRef), Typed.whole(version));
	}

	/** The roles ticked; a name that is no role (a form tampered with) is left out. */
	Set<Role> chosenRoles() {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		for (String role : roles) {
			for (Role known : Role.values()) {
				if (known.name().equals(role)) {
					chosen.add(known);
				}
			}
		}
		return chosen;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	public String getRank() {
		return rank;
	}

	public void setRank(String rank) {
		this.rank = rank;
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public List<String> getRoles() {
		return roles;
	}

	public void setRoles(List<String> roles) {
		this.roles = roles == null ? new ArrayList<>() : roles;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getOrderRef() {
		return orderRef;
	}

	public void setOrderRef(String orderRef) {
		this.orderRef = orderRef;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}
}
