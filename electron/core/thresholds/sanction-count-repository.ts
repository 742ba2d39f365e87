import { statement, type ReadDb } from '../db/handles';

/*
 * What counts as "charged under an article": a 奖惩记录 (sanctions) on the
 * person, or a ledger entry against the person (sanction_ledger, booked
 * directly), unless the ledger entry was reversed (a reversed booking of a
 * 奖惩记录 takes the record out of the count too).
 */
const CHARGED = `
  SELECT s.complaint_id, s.person_id FROM sanctions s
  WHERE s.article_code = @article
    AND NOT EXISTS (SELECT 1 FROM sanction_ledger l JOIN sanction_ledger r ON r.reverses = l.id WHERE l.sanction_id = s.id)
  UNION
  SELECT l.complaint_id, l.person_id FROM sanction_ledger l
  WHERE l.article_code = @article AND l.target = 'person' AND l.reverses IS NULL
    AND NOT EXISTS (SELECT 1 FROM sanction_ledger r WHERE r.reverses = l.id)`;

/** The complaints on which a person was charged under an article, with when each complaint was received. */
export function complaintsChargedTo(db: ReadDb, personId: string, articleCode: string): { complaintId: string; receivedAt: string }[] {
  return statement(
    db,
    `SELECT DISTINCT c.id AS complaintId, c.received_at AS receivedAt
     FROM (${CHARGED}) x JOIN complaints c ON c.id = x.complaint_id
     WHERE x.person_id = @person`,
  ).all({ person: personId, article: articleCode }) as { complaintId: string; receivedAt: string }[];
}

/** The persons charged under an article on one complaint. */
export function personsChargedOn(db: ReadDb, complaintId: string, articleCode: string): { personId: string; personName: string }[] {
  return statement(
    db,
    `SELECT DISTINCT x.person_id AS personId, u.display_name AS personName
     FROM (${CHARGED}) x JOIN users u ON u.id = x.person_id
     WHERE x.complaint_id = @complaint
     ORDER BY u.display_name`,
  ).all({ complaint: complaintId, article: articleCode }) as { personId: string; personName: string }[];
}
