/**
 * The complaint: the {@link org.samadhan.complaint.ComplaintStatus status table}, the aggregate
 * that alone changes a status, and the append-only history of who moved it, when and why.
 * Other modules command it through {@link org.samadhan.complaint.Complaints} and hear about it
 * through {@link org.samadhan.complaint.ComplaintStatusChanged}. A citizen reads their own
 * complaint through {@link org.samadhan.complaint.CitizenAccess} with a one-time code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction" })
package org.samadhan.complaint;
