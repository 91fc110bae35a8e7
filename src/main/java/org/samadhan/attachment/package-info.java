/**
 * Files that back a complaint's record: the complainant's documents, photos from a site visit,
 * scanned statements and the evidence for a closure. A file is kept only when its bytes are a
 * type the purpose accepts (read from the content, never trusted from the name or the browser),
 * within the size limit, and only together with its row: a refused or rolled-back upload leaves
 * neither a row nor a blob behind. Each file is stored with its SHA-256 so that what an officer
 * relied on can later be shown to be unchanged. The bytes live on the file system, or in an
 * S3-compatible bucket that several instances share. Other modules refer to an attachment by its id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.samadhan.attachment;
