import { statement, type ReadDb } from '../db/handles';

/** The complaints on which a person was charged under an article, with when each complaint was received. */
export function complaintsChargedTo(db: ReadDb, personId: string, articleCode: string): { complaintId: string; receivedAt: string }[] {
  return statement(
    db,
    `SELECT DISTINCT c.id AS complaintId, c.received_at AS receivedAt
     FROM sanctions s JOIN complaints c ON c.id = s.complaint_id
     WHERE s.person_id = ? AND s.article_code = ?`,
  ).all(personId, articleCode) as { complaintId: string; receivedAt: string }[];
}

/** The persons charged under an article on one complaint. */
export function personsChargedOn(db: ReadDb, complaintId: string, articleCode: string): { personId: string; personName: string }[] {
  return statement(
    db,
    `SELECT DISTINCT s.person_id AS personId, u.display_name AS personName
     FROM sanctions s JOIN users u ON u.id = s.person_id
     WHERE s.complaint_id = ? AND s.article_code = ?
     ORDER BY u.display_name`,
  ).all(complaintId, articleCode) as { personId: string; personName: string }[];
}
