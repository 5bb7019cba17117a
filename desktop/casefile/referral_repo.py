"""Rows ↔ the parts of the draft referral (table referral_part, migration
_v14_referral_drafts). Only parts the user has seen are stored; a part never
stored is assembled afresh from the case each time the draft is opened."""

from __future__ import annotations

from desktop.domain.referral import PartKey, ReferralPart


class ReferralRepository:
    def __init__(self, db):
        self.db = db

    def parts(self) -> dict[PartKey, ReferralPart]:
        found = {}
        for row in self.db.execute(
                "SELECT part, text, edited, included, assembled_at FROM referral_part"):
            try:
                key = PartKey(row[0])
            except ValueError:
                continue  # a part a newer program knows: kept, not shown
            found[key] = ReferralPart(key, row[1], bool(row[2]), bool(row[3]), row[4])
        return found

    def put(self, part: ReferralPart) -> None:
        self.db["referral_part"].upsert({
            "part": part.key.value, "text": part.text, "edited": int(part.edited),
            "included": int(part.included), "assembled_at": part.assembled_at,
        }, pk="part")

    def clear(self) -> None:
        self.db.execute("DELETE FROM referral_part")

    # Why the referral goes without a valid consent for PPT (asked in the dialog
    # when the consent records have none); "" when there is one.
    def consent_reason(self) -> str:
        row = self.db.execute(
            "SELECT value FROM case_meta WHERE key = 'referral.consent_reason'").fetchone()
        return row[0] if row else ""

    def set_consent_reason(self, text: str) -> None:
        self.db["case_meta"].upsert({"key": "referral.consent_reason", "value": text}, pk="key")
