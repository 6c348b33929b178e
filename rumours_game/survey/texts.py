"""Default texts of the survey screens in every supported language.

A pack overrides the consent text with ``survey.consent`` and any other text here with
``strings: {lang: {"survey.<key>": "..."}}``. Texts may hold ``{n}`` (a player number).
"""

from __future__ import annotations

from rumours_game.pack.i18n import tr
from rumours_game.pack.models import Pack

_EN = {
    "title": "A short survey",
    "consent": (
        "Before and after the game we ask a few quick questions about what you think. "
        "It is anonymous: we never ask your name, your birthday or anything else that could identify you, "
        "and there is nothing to type. You get a random player code that is not linked to you. "
        "Answering is voluntary: you can say no and still play the whole game. "
        "Your answers are only counted together with other players' answers, "
        "to see whether the game changes opinions."
    ),
    "agree": "Yes, I will answer",
    "decline": "No thanks, just play",
    "players": "How many players will answer?",
    "pass_screen": "Pass the screen to player {n}",
    "player": "Player {n}",
    "ready": "I am ready",
    "age": "How old are you? (you may skip this)",
    "skip": "Skip",
    "pre": "Before the game",
    "post": "After the game",
    "thanks": "Thank you!",
    "call_facilitator": "Your answer is kept for now, but it could not be saved. Please call the facilitator.",
    "back": "← Back",
    "again_title": "One last time",
    "again": (
        "The same few questions as before the game, one more time. Answer with what you think now: there are no right or wrong answers."
    ),
    "again_go": "Continue",
}

_ES = {
    "title": "Una encuesta corta",
    "consent": (
        "Antes y después del juego te hacemos unas preguntas rápidas sobre lo que piensas. "
        "Es anónima: nunca preguntamos tu nombre, tu fecha de nacimiento ni nada que pueda identificarte, "
        "y no hay que escribir nada. Recibes un código de jugador al azar que no está ligado a ti. "
        "Responder es voluntario: puedes decir que no y jugar igualmente todo el juego. "
        "Tus respuestas solo se cuentan junto con las de otros jugadores, "
        "para ver si el juego cambia las opiniones."
    ),
    "agree": "Sí, voy a responder",
    "decline": "No, gracias, solo quiero jugar",
    "players": "¿Cuántos jugadores van a responder?",
    "pass_screen": "Pasa la pantalla al jugador {n}",
    "player": "Jugador {n}",
    "ready": "Estoy listo",
    "age": "¿Cuántos años tienes? (puedes saltarlo)",
    "skip": "Saltar",
    "pre": "Antes del juego",
    "post": "Después del juego",
    "thanks": "¡Gracias!",
    "call_facilitator": "Tu respuesta se guarda por ahora, pero no se pudo grabar. Llama a la persona responsable.",
    "back": "← Atrás",
    "again_title": "Una última vez",
    "again": (
        "Las mismas preguntas de antes del juego, una vez más. Responde lo que piensas ahora: no hay respuestas correctas ni incorrectas."
    ),
    "again_go": "Continuar",
}

_FR = {
    "title": "Un petit questionnaire",
    "consent": (
        "Avant et après le jeu, nous te posons quelques questions rapides sur ce que tu penses. "
        "C'est anonyme : nous ne demandons jamais ton nom, ta date de naissance ni rien qui permette "
        "de t'identifier, et il n'y a rien à écrire. Tu reçois un code de joueur au hasard, sans lien avec toi. "
        "Répondre est volontaire : tu peux dire non et jouer quand même à tout le jeu. "
        "Tes réponses sont seulement comptées avec celles des autres joueurs, "
        "pour voir si le jeu fait changer les opinions."
    ),
    "agree": "Oui, je réponds",
    "decline": "Non merci, je veux juste jouer",
    "players": "Combien de joueurs vont répondre ?",
    "pass_screen": "Passe l'écran au joueur {n}",
    "player": "Joueur {n}",
    "ready": "Je suis prêt",
    "age": "Quel âge as-tu ? (tu peux passer)",
    "skip": "Passer",
    "pre": "Avant le jeu",
    "post": "Après le jeu",
    "thanks": "Merci !",
    "call_facilitator": "Ta réponse est gardée pour l'instant, mais elle n'a pas pu être enregistrée. "
    "Appelle l'animateur ou l'animatrice.",
    "back": "← Retour",
    "again_title": "Une dernière fois",
    "again": (
        "Les mêmes questions qu'avant le jeu, une dernière fois. Réponds selon ce que tu penses maintenant : il n'y a pas de bonne ou de mauvaise réponse."
    ),
    "again_go": "Continuer",
}

_DE = {
    "title": "Eine kurze Umfrage",
    "consent": (
        "Vor und nach dem Spiel stellen wir dir ein paar kurze Fragen dazu, was du denkst. "
        "Die Umfrage ist anonym: Wir fragen nie nach deinem Namen, deinem Geburtstag oder etwas anderem, "
        "das dich erkennbar macht, und du musst nichts eintippen. Du bekommst einen zufälligen Spielercode, "
        "der nicht mit dir verbunden ist. Mitmachen ist freiwillig: Du kannst Nein sagen und trotzdem "
        "das ganze Spiel spielen. Deine Antworten werden nur zusammen mit denen anderer Spieler gezählt, "
        "um zu sehen, ob das Spiel Meinungen verändert."
    ),
    "agree": "Ja, ich mache mit",
    "decline": "Nein danke, ich spiele nur",
    "players": "Wie viele Spieler antworten?",
    "pass_screen": "Gib den Bildschirm an Spieler {n} weiter",
    "player": "Spieler {n}",
    "ready": "Ich bin bereit",
    "age": "Wie alt bist du? (du kannst das überspringen)",
    "skip": "Überspringen",
    "pre": "Vor dem Spiel",
    "post": "Nach dem Spiel",
    "thanks": "Danke!",
    "call_facilitator": "Deine Antwort ist vorerst aufbewahrt, konnte aber nicht gespeichert werden. "
    "Bitte ruf die Spielleitung.",
    "back": "← Zurück",
    "again_title": "Ein letztes Mal",
    "again": (
        "Noch einmal dieselben Fragen wie vor dem Spiel. Antworte so, wie du jetzt denkst: Es gibt keine richtigen oder falschen Antworten."
    ),
    "again_go": "Weiter",
}

_EL = {
    "title": "Ένα σύντομο ερωτηματολόγιο",
    "consent": (
        "Πριν και μετά το παιχνίδι σου κάνουμε μερικές γρήγορες ερωτήσεις για το τι πιστεύεις. "
        "Είναι ανώνυμο: δεν ρωτάμε ποτέ το όνομά σου, την ημερομηνία γέννησής σου ή οτιδήποτε άλλο "
        "θα μπορούσε να σε αναγνωρίσει, και δεν χρειάζεται να γράψεις τίποτα. Παίρνεις έναν τυχαίο κωδικό "
        "παίκτη που δεν συνδέεται με εσένα. Η συμμετοχή είναι εθελοντική: μπορείς να πεις όχι και να παίξεις "
        "κανονικά όλο το παιχνίδι. Οι απαντήσεις σου μετράνε μόνο μαζί με τις απαντήσεις άλλων παικτών, "
        "για να δούμε αν το παιχνίδι αλλάζει απόψεις."
    ),
    "agree": "Ναι, θα απαντήσω",
    "decline": "Όχι, ευχαριστώ, θέλω μόνο να παίξω",
    "players": "Πόσοι παίκτες θα απαντήσουν;",
    "pass_screen": "Δώσε την οθόνη στον παίκτη {n}",
    "player": "Παίκτης {n}",
    "ready": "Είμαι έτοιμος/η",
    "age": "Πόσο χρονών είσαι; (μπορείς να το παραλείψεις)",
    "skip": "Παράλειψη",
    "pre": "Πριν από το παιχνίδι",
    "post": "Μετά το παιχνίδι",
    "thanks": "Ευχαριστούμε!",
    "call_facilitator": "Η απάντησή σου κρατήθηκε προσωρινά, αλλά δεν αποθηκεύτηκε. Φώναξε τον υπεύθυνο.",
    "back": "← Πίσω",
    "again_title": "Μία τελευταία φορά",
    "again": (
        "Οι ίδιες ερωτήσεις με πριν από το παιχνίδι, άλλη μία φορά. Απάντησε αυτό που σκέφτεσαι τώρα: δεν υπάρχουν σωστές ή λάθος απαντήσεις."
    ),
    "again_go": "Συνέχεια",
}

_UK = {
    "title": "Коротке опитування",
    "consent": (
        "До і після гри ми поставимо тобі кілька коротких запитань про те, що ти думаєш. "
        "Опитування анонімне: ми ніколи не питаємо твоє ім'я, дату народження чи щось інше, "
        "за чим тебе можна впізнати, і нічого не треба писати. Ти отримаєш випадковий код гравця, "
        "не пов'язаний з тобою. Відповідати — добровільно: ти можеш відмовитися і все одно зіграти всю гру. "
        "Твої відповіді рахуються лише разом з відповідями інших гравців, "
        "щоб побачити, чи змінює гра думки."
    ),
    "agree": "Так, я відповім",
    "decline": "Ні, дякую, я просто граю",
    "players": "Скільки гравців відповідатиме?",
    "pass_screen": "Передай екран гравцю {n}",
    "player": "Гравець {n}",
    "ready": "Я готовий/готова",
    "age": "Скільки тобі років? (можна пропустити)",
    "skip": "Пропустити",
    "pre": "Перед грою",
    "post": "Після гри",
    "thanks": "Дякуємо!",
    "call_facilitator": "Твою відповідь поки що збережено в пам'яті, але не записано. Поклич ведучого.",
    "back": "← Назад",
    "again_title": "Останній раз",
    "again": (
        "Ті самі запитання, що й перед грою, ще раз. Відповідай так, як думаєш зараз: правильних чи неправильних відповідей немає."
    ),
    "again_go": "Далі",
}

_IT = {
    "title": "Un breve questionario",
    "consent": (
        "Prima e dopo il gioco ti facciamo alcune domande veloci su quello che pensi. "
        "È anonimo: non chiediamo mai il tuo nome, la tua data di nascita o altro che possa identificarti, "
        "e non c'è niente da scrivere. Ricevi un codice giocatore casuale che non è collegato a te. "
        "Rispondere è volontario: puoi dire di no e giocare comunque tutto il gioco. "
        "Le tue risposte vengono contate solo insieme a quelle degli altri giocatori, "
        "per vedere se il gioco cambia le opinioni."
    ),
    "agree": "Sì, rispondo",
    "decline": "No grazie, voglio solo giocare",
    "players": "Quanti giocatori risponderanno?",
    "pass_screen": "Passa lo schermo al giocatore {n}",
    "player": "Giocatore {n}",
    "ready": "Sono pronto",
    "age": "Quanti anni hai? (puoi saltare)",
    "skip": "Salta",
    "pre": "Prima del gioco",
    "post": "Dopo il gioco",
    "thanks": "Grazie!",
    "call_facilitator": "La tua risposta è tenuta per ora, ma non è stato possibile salvarla. "
    "Chiama l'animatore o l'animatrice.",
    "back": "← Indietro",
    "again_title": "Un'ultima volta",
    "again": (
        "Le stesse domande di prima del gioco, ancora una volta. Rispondi con quello che pensi adesso: non ci sono risposte giuste o sbagliate."
    ),
    "again_go": "Continua",
}

_PT = {
    "title": "Um pequeno questionário",
    "consent": (
        "Antes e depois do jogo fazemos-te algumas perguntas rápidas sobre o que pensas. "
        "É anónimo: nunca perguntamos o teu nome, a tua data de nascimento nem nada que te possa identificar, "
        "e não há nada para escrever. Recebes um código de jogador aleatório que não está ligado a ti. "
        "Responder é voluntário: podes dizer que não e jogar na mesma o jogo todo. "
        "As tuas respostas só são contadas juntamente com as de outros jogadores, "
        "para ver se o jogo muda opiniões."
    ),
    "agree": "Sim, vou responder",
    "decline": "Não, obrigado, só quero jogar",
    "players": "Quantos jogadores vão responder?",
    "pass_screen": "Passa o ecrã ao jogador {n}",
    "player": "Jogador {n}",
    "ready": "Estou pronto",
    "age": "Quantos anos tens? (podes saltar)",
    "skip": "Saltar",
    "pre": "Antes do jogo",
    "post": "Depois do jogo",
    "thanks": "Obrigado!",
    "call_facilitator": "A tua resposta está guardada por agora, mas não foi possível gravá-la. "
    "Chama o responsável.",
    "back": "← Voltar",
    "again_title": "Uma última vez",
    "again": (
        "As mesmas perguntas de antes do jogo, mais uma vez. Responde com o que pensas agora: não há respostas certas nem erradas."
    ),
    "again_go": "Continuar",
}

DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    "en": _EN,
    "es": _ES,
    "fr": _FR,
    "de": _DE,
    "el": _EL,
    "uk": _UK,
    "it": _IT,
    "pt": _PT,
}
"""Built-in survey texts per language; English is the fallback."""
FALLBACK_LANGUAGE = "en"
TEXT_KEYS: tuple[str, ...] = tuple(_EN)


def default_text(key: str, lang: str) -> str:
    """The built-in text for ``key`` in ``lang`` (or its base language), else in English."""
    table = (
        DEFAULT_TEXTS.get(lang) or DEFAULT_TEXTS.get(lang.split("-")[0]) or DEFAULT_TEXTS[FALLBACK_LANGUAGE]
    )
    return table[key]


def survey_text(key: str, lang: str, pack: Pack | None = None, **values: object) -> str:
    """A survey screen text in ``lang``: the pack's override if any, else the default; ``values`` fill it in."""
    if key not in _EN:
        raise KeyError(f"unknown survey text {key!r}")
    text = None
    if pack is not None:
        if key == "consent" and pack.survey is not None and pack.survey.consent is not None:
            text = tr(pack.survey.consent, lang, pack.default_language)
        else:
            for code in (lang, lang.split("-")[0]):
                text = pack.strings.get(code, {}).get(f"survey.{key}")
                if text is not None:
                    break
    if text is None:
        text = default_text(key, lang)
    return text.format(**values) if values else text
