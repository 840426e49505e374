"""Quote-mark pairs and the marks around them. (See the package docstring for sources.)"""

from __future__ import annotations

# --- quote marks ------------------------------------------------------------
# Quote-mark families (Unicode General Punctuation Pi/Pf classes; German „...“ and
# French/Swiss «...» usage per the Chicago Manual of Style, "Quotations in other
# languages"): a closing mark closes an opening mark of its own family only.
# D: double quotes, G: guillemets, S: single quotes (’ doubles as the apostrophe),
# g: single guillemets.
QUOTE_FAMILIES: dict[str, str] = {"D": "“”\"„", "G": "«»", "S": "‘’'", "g": "‹›"}
# Marks that can only open a quotation.
OPEN_ONLY = "“„«‘‹"
# A straight mark preceded by one of these characters opens rather than closes.
OPEN_CONTEXT = " \t\n([{—–-/:;"
