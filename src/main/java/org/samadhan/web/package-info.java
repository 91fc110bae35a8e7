/**
 * The web's shared machinery: sign-in and what each request may reach, the caller's language
 * (Hindi first), errors as RFC 9457 problem bodies in that language, the signed-in officer as an
 * {@link org.samadhan.jurisdiction.Actor} argument, and the OpenAPI description. Nothing depends
 * on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint" })
package org.samadhan.web;
