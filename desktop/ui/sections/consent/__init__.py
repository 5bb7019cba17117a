"""Samtykke: consents to share information with PPT, BUP, barnevern and others,
their status, the form to sign and its scan. Service: consent_service; follows
seed 004 (koordineringsansvar: "etter samtykke fra elev og foresatte")."""
