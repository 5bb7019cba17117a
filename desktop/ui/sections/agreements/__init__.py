"""Avtaler: samarbeidsavtaler (every version), signing, evaluation and their
documents. Service: agreement_service; follows seed 001 Vedlegg 3 (avtale) and
Vedlegg 4 (evaluering), seed 002 Appendiks 3."""
