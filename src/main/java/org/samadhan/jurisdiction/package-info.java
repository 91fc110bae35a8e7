/**
 * The police jurisdiction tree (state, zone, range, district, circle, police station, beat and
 * outpost), the officers, their postings and roles. What a person may see follows from where
 * they are posted: {@link org.samadhan.jurisdiction.Jurisdiction#covers} is that rule, and
 * {@link org.samadhan.jurisdiction.Scope} is the same rule for lists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.samadhan.jurisdiction;
