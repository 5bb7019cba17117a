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
