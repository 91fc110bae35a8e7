-- A link from another mobile (alike text about the same place) is a hint for the reviewer that two
-- complaints may be one matter, not the same complainant coming back: it no longer marks the earlier
-- disposal as failed (issue 9, item 11). Links made before said it did, and the failed-disposal
-- lists held them against the officers who had disposed of the first complaints.
update scrutiny_repeat_link set failed_disposal = false
where reason = 'SIMILAR_TEXT_AND_PLACE' and failed_disposal = true;
