"""The seeded training-data generator: labelled LLM requests in five languages.

    python -m classifier.data.generate --split test --format requests > heldout.jsonl

A sample is one request: a family's text (see `families`) wrapped the way integrations
send it (a bare prompt, system + user, a multi-turn chat, tool-call arguments, an e-mail
to summarise, Salesforce records from a SOQL query). The wrapper is drawn independently
of the family, so it tells the model nothing about the label.

Everything is a function of the seed: the same seed gives the same samples, byte for
byte, on every machine (the `random` module's Mersenne Twister is specified).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from classifier.classification import Label
from classifier.data import lexicon, vocab
from classifier.data.families import FAMILIES, Family
from classifier.data.slots import Slots

SEED = 20261123
SPLITS = ("train", "dev", "test", "fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")
COMPOSITE_SHARE = 0.25
# A line break inside one template (templates are one per line): code blocks, tables and
# multi-line lists stay one template that is drawn whole.
LINE_BREAK = "↵"

_INSTRUCTIONS = {
    "en": ["Summarise the following.", "Help me with this:", "Draft a reply based on this.", "Improve the wording:",
           "What should I do next?", "Extract the key points as a list.", ""],
    "de": ["Fasse Folgendes zusammen.", "Hilf mir dabei:", "Entwirf eine Antwort dazu.", "Verbessere die Formulierung:", ""],
    "fr": ["Résume ce qui suit.", "Aide-moi avec ceci :", "Rédige une réponse à partir de ceci.", "Améliore la formulation :", ""],
    "es": ["Resume lo siguiente.", "Ayúdame con esto:", "Redacta una respuesta a partir de esto.", "Mejora la redacción:", ""],
    "nl": ["Vat het volgende samen.", "Help me hiermee:", "Stel hierop een antwoord op.", "Verbeter de formulering:", ""],
}
_SYSTEM_PROMPTS = [
    "You are a helpful assistant for a CRM team. Answer concisely.",
    "You are an assistant integrated into Salesforce. Use the records provided; do not invent data.",
    "Du bist ein hilfreicher Assistent. Antworte auf Deutsch.",
    "Tu es un assistant utile. Réponds en français.",
    "Eres un asistente útil. Responde en español.",
    "Je bent een behulpzame assistent. Antwoord in het Nederlands.",
]
_ASSISTANT_TURNS = ["Sure. Could you share the details?", "Understood. What format do you need?",
                    "Of course, here is a first draft.", "Gerne. Welche Details brauchst du?",
                    "Bien sûr, voici une première version.", "Claro, ¿qué formato necesitas?"]
_TOOL_NAMES = ["create_task", "update_case", "log_activity", "draft_email", "search_records"]
_TOOL_KEYS = [("subject", "body"), ("title", "description"), ("query", "context"), ("case", "comment"),
              ("to", "text")]
# Label-neutral text that surrounds a family's text in long requests (the same paragraphs
# around every label): a sensitive passage must be caught inside harmless bulk, and harmless
# bulk must not read as sensitive.
_FILLER = {
    "en": ["The dashboard now loads faster and the export button has moved to the top right corner.",
           "Please keep answers short, use bullet points where it helps, and write in a neutral tone.",
           "Background: our team uses the CRM for accounts, contacts, cases and opportunities across three regions.",
           "Formatting rules: no tables, headings in bold, dates as day month year.",
           "The quarterly all-hands is on Thursday; slides are in the shared folder as usual.",
           "Thanks for the quick turnaround last time, it really helped the team."],
    "de": ["Das Dashboard lädt jetzt schneller, und der Export-Knopf ist nach oben rechts gewandert.",
           "Bitte kurz antworten, Stichpunkte wo es hilft, sachlicher Ton.",
           "Hintergrund: unser Team nutzt das CRM für Accounts, Kontakte, Fälle und Opportunities in drei Regionen.",
           "Danke für die schnelle Rückmeldung beim letzten Mal."],
    "fr": ["Le tableau de bord se charge plus vite et le bouton d'export est en haut à droite.",
           "Réponds brièvement, avec des puces si utile, sur un ton neutre.",
           "Contexte : notre équipe utilise le CRM pour les comptes, contacts, dossiers et opportunités.",
           "Merci pour la réponse rapide la dernière fois."],
    "es": ["El panel carga más rápido y el botón de exportar está arriba a la derecha.",
           "Responde de forma breve, con viñetas si ayuda, en tono neutro.",
           "Contexto: nuestro equipo usa el CRM para cuentas, contactos, casos y oportunidades.",
           "Gracias por la respuesta rápida la última vez."],
    "nl": ["Het dashboard laadt nu sneller en de exportknop staat rechtsboven.",
           "Antwoord kort, met opsommingstekens waar het helpt, in een neutrale toon.",
           "Achtergrond: ons team gebruikt het CRM voor accounts, contacten, cases en opportunities.",
           "Bedankt voor de snelle reactie vorige keer."],
}


@dataclass(frozen=True)
class Piece:
    where: str
    role: str | None
    text: str


@dataclass(frozen=True)
class Sample:
    id: str
    family: str
    lang: str
    label: str
    split: str
    hard_negative: bool
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pieces)


def family_text(family: Family, lang: str, rng: random.Random, names: str | None = None) -> str:
    slots = Slots(rng, lang, names or vocab.names_for(family.split))
    if family.records:
        return _records(family.records, rng, slots)
    if family.lexicon:
        terms = lexicon.TERMS[family.label][lang]
        lines = [rng.choice(lexicon.FRAMES[lang]).format(a=rng.choice(terms), b=rng.choice(terms), date="{date}",
                                                       first="{first}")
                 for _ in range(rng.randint(family.min_sentences, family.max_sentences))]
        return " ".join(line.format_map(slots) for line in lines)
    headers, body = family.templates(lang)
    count = rng.randint(min(family.min_sentences, len(body)), min(family.max_sentences, len(body)))
    lines = rng.sample(body, count)
    if headers and rng.random() < family.header_share:
        lines.insert(0, rng.choice(headers))
    joiner = rng.choice([" ", "\n", "\n\n", "\n- "])
    return joiner.join(line.format_map(slots).replace(LINE_BREAK, "\n") for line in lines)


def _records(sobject: str, rng: random.Random, slots: Slots) -> str:
    rows = []
    for _ in range(rng.randint(2, 6)):
        row_slots = Slots(rng, slots.lang, slots.names)
        if sobject == "Account":
            row = {"attributes": {"type": "Account"}, "Id": row_slots["acct"], "Name": row_slots["company"],
                   "Industry": row_slots["industry"], "BillingCity": row_slots["city"],
                   "AnnualRevenue": rng.randrange(1, 900) * 100000, slots["field"]: rng.choice(["Gold", "High", "EMEA", "3"])}
        else:
            row = {"attributes": {"type": "Contact"}, "Id": row_slots["contact"], "FirstName": row_slots["first"],
                   "LastName": row_slots["last"], "Email": row_slots["email"], "Phone": row_slots["phone"],
                   "MailingStreet": row_slots["street"], "AccountId": row_slots["acct"]}
        rows.append(row)
    if rng.random() < 0.5:
        return json.dumps({"totalSize": len(rows), "done": True, "records": rows}, ensure_ascii=False,
                          indent=rng.choice([None, 2]))
    keys = [k for k in rows[0] if k != "attributes"]
    return "\n".join([" | ".join(keys)] + [" | ".join(str(r[k]) for k in keys) for r in rows])


def _buried(text: str, lang: str, rng: random.Random) -> str:
    """`text` among label-neutral paragraphs (in its language or English)."""
    pool = _FILLER[lang] + _FILLER["en"]
    before = [rng.choice(pool) for _ in range(rng.randint(1, 6))]
    after = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
    return "\n\n".join(before + [text] + after)


def _as_record(text: str, rng: random.Random, slots: Slots) -> str:
    """`text` as the description of a Salesforce record in a SOQL result."""
    sobject, key = rng.choice([("Case", "Description"), ("Task", "Description"), ("Note", "Body"),
                               ("Opportunity", "Next_Step_Notes__c"), ("EmailMessage", "TextBody")])
    record = {"attributes": {"type": sobject}, "Id": slots["case"], "Subject": slots["topic"], key: text}
    return json.dumps({"totalSize": 1, "done": True, "records": [record]}, ensure_ascii=False,
                      indent=rng.choice([None, 2]))


def _wrap(text: str, lang: str, rng: random.Random, names: str) -> tuple[Piece, ...]:
    # A quarter of the instructions come in another language than the text (mixed-language teams).
    instruction = rng.choice(_INSTRUCTIONS[rng.choice(vocab.LANGS) if rng.random() < 0.25 else lang])
    if rng.random() < 0.15:
        text = _buried(text, lang, rng)
    if rng.random() < 0.1:
        text = _as_record(text, rng, Slots(rng, lang, names))
    prompt = f"{instruction}\n\n{text}" if instruction else text
    shape = rng.choice(["plain", "system", "chat", "tool", "email", "document", "thread"])
    if shape == "plain":
        return (Piece("messages[0].content", "user", prompt),)
    if shape == "system":
        return (Piece("messages[0].content", "system", rng.choice(_SYSTEM_PROMPTS)),
                Piece("messages[1].content", "user", prompt))
    if shape == "chat":
        cut = text.find("\n") if "\n" in text else len(text) // 2
        return (Piece("messages[0].content", "user", text[:cut] or instruction or "Hi"),
                Piece("messages[1].content", "assistant", rng.choice(_ASSISTANT_TURNS)),
                Piece("messages[2].content", "user", (instruction + " " + text[cut:]).strip()))
    if shape == "tool":
        first, second = rng.choice(_TOOL_KEYS)
        arguments = json.dumps({first: instruction or "note", second: text}, ensure_ascii=False)
        return (Piece("messages[0].content", "user", instruction or "Log this."),
                Piece(f"messages[1].tool_calls[0].function.arguments({rng.choice(_TOOL_NAMES)})", "assistant", arguments))
    if shape == "document":
        return (Piece("messages[0].content", "system", rng.choice(_SYSTEM_PROMPTS)),
                Piece("messages[1].content", "user", f"<document>\n{text}\n</document>\n\n{instruction}".strip()))
    if shape == "thread":
        quoted = "\n".join("> " + line for line in text.splitlines())
        return (Piece("messages[0].content", "user",
                      f"{instruction}\n\nOn {Slots(rng, lang, names)['date']}, {Slots(rng, lang, names)['name']} wrote:\n{quoted}"),)
    subject = text.split("\n", 1)[0][:60]
    return (Piece("messages[0].content", "user", f"{instruction}\n\nSubject: {subject}\n\n{text}\n\n--\nSent from my phone"),)


def generate(split: str, per_family_lang: int = 60, seed: int = SEED, names: str | None = None) -> Iterator[Sample]:
    """Every sample of one split, in a fixed order; `names` swaps the split's own name set
    (`vocab.names_for`) for another of `vocab.NAME_SETS`, the texts otherwise the same."""
    names = names or vocab.names_for(split)
    for family in FAMILIES:
        if family.split != split:
            continue
        langs = vocab.LANGS if family.records or family.lexicon else [lang for lang in vocab.LANGS if lang in family.text]
        for lang in langs:
            # One stream per (seed, family, language): adding a family changes no other's samples.
            rng = random.Random(f"{seed}/{family.id}/{lang}")
            partners = [f for f in FAMILIES if f.split == split and f.label == family.label and f is not family
                        and not f.records and (f.lexicon or lang in f.text)]
            for n in range(per_family_lang):
                text = family_text(family, lang, rng, names)
                # A quarter of the texts go on with another family of the same label and split:
                # documents mix genres, and no template's shape alone should carry the label.
                if partners and rng.random() < COMPOSITE_SHARE:
                    text += rng.choice(["\n\n", "\n", " "]) + family_text(rng.choice(partners), lang, rng, names)
                yield Sample(f"{family.id}/{lang}/{n}", family.id, lang, str(family.label), split,
                             family.hard_negative, _wrap(text, lang, rng, names))


def as_request(sample: Sample) -> dict:
    """The sample as `embargo classify --jsonl` input: an OpenAI chat request, labelled."""
    messages = []
    for piece in sample.pieces:
        if ".tool_calls[" in piece.where:
            name = piece.where.rsplit("(", 1)[1].rstrip(")")
            messages.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": name, "arguments": piece.text}}]})
        else:
            messages.append({"role": piece.role or "user", "content": piece.text})
    return {"id": sample.id, "label": sample.label, "family": sample.family, "lang": sample.lang,
            "provider": "openai", "path": "/v1/chat/completions",
            "body": {"model": "gpt-4o-mini", "messages": messages}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifier.data.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--format", choices=("samples", "requests"), default="samples",
                        help="samples: the labelled texts; requests: `embargo classify --jsonl` input")
    parser.add_argument("--per-family-lang", type=int, default=60, metavar="N")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--names", choices=sorted(vocab.NAME_SETS),
                        help="write the split with another name set (people, companies, places); "
                             "`--split dev --names selection` is dev with names no model has learnt")
    args = parser.parse_args(argv)
    for sample in generate(args.split, args.per_family_lang, args.seed, args.names):
        record = as_request(sample) if args.format == "requests" else asdict(sample)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["Label", "Sample", "generate", "as_request", "family_text"]
