"""Everyday LLM requests: the genres people send that are not CRM or legal work.

Models 1–3 saw public text only from a CRM and legal world (news on lawsuits, law-school
questions, blank templates, Salesforce how-tos), so anything else was out of
distribution and read as sensitive: a cake recipe as confidential, a Python module and a
README as privileged. These families cover what people actually send to LLM APIs, in
five languages:

* public, everyday: cooking, travel, fitness, home and garden, homework, maths and
  science, history, creative writing, translation and grammar help, reviews and shopping;
* public, technical: code with stack traces and tests, shell, SQL, YAML and regex
  questions, READMEs, CSV and markdown tables of public data, JSON payloads with dummy
  data, log lines of open-source tools, LaTeX;
* public business text: job postings, press releases and earnings announcements (some
  mention a resolved lawsuit: hard negatives), product FAQs and terms of service,
  conference abstracts, newsletters, statute excerpts and explainers (hard negatives);
* internal: status updates, retros, OKRs, agendas, wiki how-tos, change requests, office
  logistics, internal newsletters, procurement — business text that is not public but
  not sensitive either;
* confidential and privileged text in the same new registers (a code review whose
  fixture is a real customer's record, a salary spreadsheet, counsel advising in a chat
  thread, counsel's comments on a draft press release), so that a code block or a table
  does not simply mean "public".

Templates may hold line breaks as "↵" (`classifier.data.generate.LINE_BREAK`): a code
block, a table or a list is one template, drawn whole. Several families are long
(many sentences, or multi-line code and documents): the request's label is the highest
of its 1,024-byte windows, so long harmless requests are where false flags pile up.
Most families train; the `dev` ones put everyday public and internal text among the
texts that calibrate the thresholds. None is held out: `test` and `fresh` stay as
written.
"""

from __future__ import annotations

from classifier.data.families import C, I, P, X, Family

# Code, data and documents are the same in every language; only the questions around
# them change. One template each, with "↵" for its line breaks.
_PYTHON_SNIPPETS = """
    ```python↵def average(values):↵    return sum(values) / len(values)↵↵↵print(average([]))↵```
    Traceback (most recent call last):↵  File "report.py", line {n}, in <module>↵    main()↵  File "report.py", line 12, in main↵    total += row["price"]↵TypeError: unsupported operand type(s) for +=: 'int' and 'str'
    ```python↵import pytest↵from shop.cart import Cart↵↵↵def test_empty_cart_total_is_zero():↵    assert Cart().total() == 0↵↵↵def test_discount_is_applied():↵    cart = Cart()↵    cart.add("apple", price=1.20, quantity=3)↵    cart.apply_discount(0.10)↵    assert cart.total() == pytest.approx(3.24)↵```
    ```python↵def status_text(code):↵    if code == 200:↵        return "ok"↵    elif code == 404:↵        return "not found"↵    elif code == 500:↵        return "server error"↵    else:↵        return "unknown"↵```
    ```python↵import pandas as pd↵↵df = pd.read_csv("weather.csv", parse_dates=["date"])↵monthly = df.groupby(df["date"].dt.month)["temp_c"].mean()↵print(monthly.round(1))↵```
    ```python↵import requests↵↵resp = requests.get("https://api.github.com/repos/python/cpython", timeout=10)↵resp.raise_for_status()↵print(resp.json()["stargazers_count"])↵```
    ```python↵class Basket:↵    items = []↵↵    def add(self, item):↵        self.items.append(item)↵↵↵a, b = Basket(), Basket()↵a.add("pear")↵print(b.items)  # why does b contain "pear"?↵```
    ```python↵from flask import Flask, jsonify↵↵app = Flask(__name__)↵↵↵@app.get("/health")↵def health():↵    return jsonify(status="ok", version="{n}.0.1")↵```
    ```python↵from dataclasses import dataclass↵↵↵@dataclass↵class Point:↵    x: float↵    y: float↵↵    def distance_to(self, other: "Point") -> float:↵        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5↵```
    $ python -m venv .venv && . .venv/bin/activate && python app.py↵ModuleNotFoundError: No module named 'numpy'
    ```python↵squares = []↵for n in range(10):↵    if n % 2 == 0:↵        squares.append(n * n)↵```
    ```python↵async def fetch_all(session, urls):↵    results = []↵    for url in urls:↵        async with session.get(url) as resp:↵            results.append(await resp.text())↵    return results↵```
    ```python↵# Download the public bike-share station feed and print the emptiest stations.↵↵from __future__ import annotations↵↵import argparse↵import json↵import sys↵import urllib.request↵from dataclasses import dataclass↵↵FEED = "https://gbfs.example.org/station_status.json"↵↵↵@dataclass(frozen=True)↵class Station:↵    station_id: str↵    bikes: int↵    docks: int↵↵    @property↵    def fill(self) -> float:↵        total = self.bikes + self.docks↵        return self.bikes / total if total else 0.0↵↵↵def load(url: str = FEED) -> list[Station]:↵    with urllib.request.urlopen(url, timeout=10) as resp:↵        payload = json.load(resp)↵    return [Station(s["station_id"], s["num_bikes_available"], s["num_docks_available"])↵            for s in payload["data"]["stations"]]↵↵↵def main(argv: list[str] | None = None) -> int:↵    parser = argparse.ArgumentParser(description="Emptiest bike-share stations")↵    parser.add_argument("--top", type=int, default=5)↵    args = parser.parse_args(argv)↵    stations = sorted(load(), key=lambda s: s.fill)↵    for station in stations[: args.top]:↵        print(f"{{station.station_id:>8}}  {{station.bikes:3}} bikes  {{station.fill:.0%}}")↵    return 0↵↵↵if __name__ == "__main__":↵    sys.exit(main())↵```
"""
_WEB_SNIPPETS = """
    ```js↵async function loadUsers() {{↵  const res = await fetch("/api/users");↵  const data = res.json();↵  return data.items.map(u => u.name);↵}}↵```
    Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'map')↵    at loadUsers (app.js:4:21)
    ```jsx↵export function Counter() {{↵  const [count, setCount] = useState(0);↵  return <button onClick={{() => setCount(count + 1)}}>Clicked {{count}} times</button>;↵}}↵```
    ```sql↵SELECT country, city, COUNT(*) AS stations↵FROM weather_stations↵GROUP BY country↵ORDER BY stations DESC;↵```
    ERROR:  column "weather_stations.city" must appear in the GROUP BY clause or be used in an aggregate function
    ```sql↵SELECT product_id, sale_date, amount,↵       SUM(amount) OVER (PARTITION BY product_id ORDER BY sale_date) AS running_total↵FROM demo_sales;↵```
    ```bash↵#!/usr/bin/env bash↵set -euo pipefail↵for f in *.jpg; do↵  convert "$f" -resize 1200x "resized/$f"↵done↵```
    find /var/log/myapp -name '*.log' -mtime +7 -delete
    ```yaml↵name: tests↵on: [push, pull_request]↵jobs:↵  test:↵    runs-on: ubuntu-latest↵    steps:↵      - uses: actions/checkout@v4↵      - uses: actions/setup-python@v5↵        with:↵          python-version: "3.12"↵      - run: pip install -e . && pytest -q↵```
    ```yaml↵services:↵  db:↵    image: postgres:16↵    environment:↵      POSTGRES_PASSWORD: example↵    ports:↵      - "5432:5432"↵  web:↵    build: .↵    depends_on: [db]↵```
    ```dockerfile↵FROM python:3.12-slim↵WORKDIR /app↵COPY requirements.txt .↵RUN pip install --no-cache-dir -r requirements.txt↵COPY . .↵CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]↵```
    ```nginx↵server {{↵    listen 80;↵    server_name example.com;↵    location / {{↵        proxy_pass http://127.0.0.1:8000;↵    }}↵}}↵```
    ```js↵import {{ readFile }} from "node:fs/promises";↵↵const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];↵↵export async function loadTimetable(path) {{↵  const text = await readFile(path, "utf8");↵  return text↵    .trim()↵    .split("\\n")↵    .slice(1)↵    .map((line) => {{↵      const [stop, time, days] = line.split(",");↵      return {{ stop, time, days: days.split("|").map(Number) }};↵    }});↵}}↵↵export function nextDeparture(rows, stop, now = new Date()) {{↵  const today = now.getDay();↵  const hhmm = now.toTimeString().slice(0, 5);↵  return rows↵    .filter((r) => r.stop === stop && r.days.includes(today) && r.time > hhmm)↵    .sort((a, b) => a.time.localeCompare(b.time))[0];↵}}↵↵const rows = await loadTimetable("timetable.csv");↵const next = nextDeparture(rows, "Central Station");↵console.log(next ? `Next bus on ${{WEEKDAYS[new Date().getDay()]}} at ${{next.time}}` : "No more buses today");↵```
"""
_README_PARTS = """
    # tidyroute↵↵A small command-line tool that sorts GPX tracks by date and merges overlapping segments.
    ## Installation↵↵```bash↵pip install tidyroute↵```↵↵Python 3.9 or newer is required.
    ## Usage↵↵```bash↵tidyroute merge tracks/*.gpx --out merged.gpx↵tidyroute stats merged.gpx↵```
    ## Configuration↵↵Settings are read from `~/.config/tidyroute/config.toml`. Every option can also be passed on the command line.
    ## Contributing↵↵Pull requests are welcome. Please run `make lint test` before opening one and add a line to CHANGELOG.md.
    ## License↵↵MIT. See LICENSE for details.
    | Option | Default | Description |↵|---|---|---|↵| `--gap` | 300 | seconds between points that start a new segment |↵| `--tz` | UTC | time zone for the report |↵| `--quiet` | off | print nothing but errors |
    ### Changelog↵↵- 1.4.0: new `stats` command, faster parsing of large files↵- 1.3.2: fix crash on tracks without timestamps↵- 1.3.0: support for FIT files
    ## FAQ↵↵**Does it upload my tracks anywhere?** No, everything runs locally.↵↵**Can I use it on Windows?** Yes, with Python from python.org.
    # weathercli↵↵Fetch today's forecast from the public Open-Meteo API and print it in the terminal.↵↵## Features↵↵- hourly temperature, rain and wind for any city↵- no API key needed↵- output as a table, JSON or a one-line summary↵↵## Install↵↵```bash↵pipx install weathercli↵```↵↵## Examples↵↵```bash↵weathercli "Utrecht"↵weathercli "Lyon" --hours 12 --format json↵weathercli --lat 40.42 --lon -3.70 --summary↵```↵↵## Development↵↵```bash↵git clone https://github.com/example/weathercli↵cd weathercli↵python -m venv .venv && . .venv/bin/activate↵pip install -e ".[dev]"↵pytest↵```↵↵Issues and pull requests are welcome. The project follows semantic versioning; see CHANGELOG.md.
"""
_PUBLIC_TABLES = """
    city,country,population_2023,area_km2↵Berlin,Germany,3755251,891.1↵Madrid,Spain,3332035,604.3↵Rome,Italy,2748109,1285↵Paris,France,2102650,105.4↵Vienna,Austria,1982097,414.9
    | Team | P | W | D | L | Pts |↵|---|---|---|---|---|---|↵| Ajax | 12 | 8 | 2 | 2 | 26 |↵| PSV | 12 | 8 | 1 | 3 | 25 |↵| Feyenoord | 12 | 7 | 3 | 2 | 24 |↵| AZ | 12 | 6 | 3 | 3 | 21 |
    date,fuel,price_per_litre↵2024-01-01,diesel,1.72↵2024-02-01,diesel,1.69↵2024-03-01,diesel,1.74↵2024-01-01,petrol,1.81↵2024-02-01,petrol,1.79↵2024-03-01,petrol,1.85
    | Departure | Train | Platform | Arrival |↵|---|---|---|---|↵| 07:12 | IC 2024 | 4 | 09:47 |↵| 08:12 | IC 2026 | 4 | 10:47 |↵| 09:05 | RE 7 | 2 | 12:30 |↵| 10:12 | IC 2028 | 5 | 12:47 |
    food,kcal_per_100g,protein_g,fat_g,carbs_g↵oats,389,16.9,6.9,66.3↵lentils,116,9.0,0.4,20.1↵banana,89,1.1,0.3,22.8↵cheddar,403,24.9,33.1,1.3
    year,visitors_millions,museum↵2019,9.6,Louvre↵2019,6.8,Metropolitan Museum of Art↵2023,8.9,Louvre↵2023,5.4,Metropolitan Museum of Art↵2023,4.1,British Museum
    | Planet | Diameter (km) | Moons | Day length (h) |↵|---|---|---|---|↵| Mercury | 4879 | 0 | 4222.6 |↵| Venus | 12104 | 0 | 2802.0 |↵| Earth | 12756 | 1 | 24.0 |↵| Mars | 6792 | 2 | 24.7 |
    month,avg_high_c,avg_low_c,rain_mm↵Jan,6,1,52↵Feb,7,1,41↵Mar,11,3,44↵Apr,15,6,43↵May,19,10,55↵Jun,22,13,60
    station,line,weekday_boardings,weekend_boardings↵Central,A,48210,30110↵Harbour,A,12950,9880↵University,B,22740,6120↵Old Town,B,18430,21960↵Stadium,C,7410,15230↵Airport,C,16880,17450↵Riverside,A,9320,7010↵Market Square,B,20110,24390↵Hospital,C,11240,6830↵Science Park,B,14470,2210↵North Gate,A,6120,4480↵Zoo,C,3890,12670↵Library,B,8740,5120↵Ferry Terminal,A,5530,8940↵Exhibition Centre,C,6650,10380↵South Park,A,7980,9150↵Tech Campus,B,17320,1940↵Cathedral,B,9920,14400
"""
_PAYLOADS_LOGS = """
    {{"id": "{uuid}", "name": "Jane Doe", "email": "{docemail}", "roles": ["viewer"], "created_at": "2024-05-01T12:00:00Z"}}
    {{"page": 2, "per_page": 20, "total": 57, "items": [{{"sku": "DEMO-001", "price": 9.99}}, {{"sku": "DEMO-002", "price": 14.5}}]}}
    curl -X POST https://api.example.com/v1/todos -H "Content-Type: application/json" -d '{{"title": "Buy milk", "done": false}}'
    203.0.113.7 - - [12/Mar/2024:10:15:32 +0000] "GET /static/app.js HTTP/1.1" 404 153 "-" "Mozilla/5.0"
    2024-03-12 10:15:32.118 UTC [{n}] ERROR:  duplicate key value violates unique constraint "users_email_key"
    Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:8080 failed: port is already allocated
    npm ERR! code ERESOLVE↵npm ERR! ERESOLVE unable to resolve dependency tree↵npm ERR! peer react@"^17.0.0" from react-datepicker@4.2.1
    Warning  FailedScheduling  pod/web-{n}  0/3 nodes are available: 3 Insufficient memory.
    ^\\d{{4}}-\\d{{2}}-\\d{{2}}$
    (?P<year>\\d{{4}})-(?P<month>\\d{{2}})
    git log --oneline -3↵{sha} Fix off-by-one in pagination↵a1b2c3d Add dark mode toggle↵9f8e7d6 Update dependencies
    2024-03-12T10:15:01Z INFO  [scheduler] job build-docs started (queue=default, attempt=1)↵2024-03-12T10:15:03Z WARN  [worker-2] job sync-mirror slow: 2.3s > 2.0s threshold↵2024-03-12T10:15:05Z INFO  [scheduler] job thumbnail started (queue=default, attempt=1)↵2024-03-12T10:15:07Z INFO  [scheduler] job reindex started (queue=default, attempt=1)↵2024-03-12T10:15:09Z WARN  [worker-2] job cleanup-tmp slow: 2.9s > 2.0s threshold↵2024-03-12T10:15:11Z INFO  [scheduler] job build-docs started (queue=default, attempt=1)↵2024-03-12T10:15:13Z INFO  [scheduler] job sync-mirror started (queue=default, attempt=1)↵2024-03-12T10:15:15Z WARN  [worker-2] job thumbnail slow: 2.5s > 2.0s threshold↵2024-03-12T10:15:17Z INFO  [scheduler] job reindex started (queue=default, attempt=1)↵2024-03-12T10:15:19Z INFO  [scheduler] job cleanup-tmp started (queue=default, attempt=1)↵2024-03-12T10:15:21Z WARN  [worker-2] job build-docs slow: 2.1s > 2.0s threshold↵2024-03-12T10:15:23Z INFO  [scheduler] job sync-mirror started (queue=default, attempt=1)↵2024-03-12T10:15:25Z INFO  [scheduler] job thumbnail started (queue=default, attempt=1)↵2024-03-12T10:15:27Z WARN  [worker-2] job reindex slow: 2.7s > 2.0s threshold↵2024-03-12T10:15:29Z INFO  [scheduler] job cleanup-tmp started (queue=default, attempt=1)↵2024-03-12T10:15:31Z INFO  [scheduler] job build-docs started (queue=default, attempt=1)↵2024-03-12T10:15:33Z WARN  [worker-2] job sync-mirror slow: 2.3s > 2.0s threshold↵2024-03-12T10:15:35Z INFO  [scheduler] job thumbnail started (queue=default, attempt=1)↵2024-03-12T10:15:37Z INFO  [scheduler] job reindex started (queue=default, attempt=1)↵2024-03-12T10:15:39Z WARN  [worker-2] job cleanup-tmp slow: 2.9s > 2.0s threshold↵2024-03-12T10:15:41Z ERROR [worker-1] job reindex failed: ConnectionRefusedError: [Errno 111] Connection refused (search:9200)
"""
_CONFIG_SNIPPETS = """
    ```toml↵[tool.ruff]↵line-length = 100↵select = ["E", "F", "I"]↵↵[tool.pytest.ini_options]↵addopts = "-q"↵```
    ```ini↵[Unit]↵Description=Static site preview↵After=network.target↵↵[Service]↵ExecStart=/usr/bin/python3 -m http.server 8080↵Restart=on-failure↵```
    ```json↵{{↵  "compilerOptions": {{↵    "target": "ES2022",↵    "module": "NodeNext",↵    "strict": true↵  }}↵}}↵```
    ```makefile↵test:↵\tpytest -q↵lint:↵\truff check .↵```
    ```yaml↵apiVersion: apps/v1↵kind: Deployment↵metadata:↵  name: docs-site↵  labels:↵    app: docs-site↵spec:↵  replicas: 2↵  selector:↵    matchLabels:↵      app: docs-site↵  template:↵    metadata:↵      labels:↵        app: docs-site↵    spec:↵      containers:↵        - name: web↵          image: nginx:1.27-alpine↵          ports:↵            - containerPort: 80↵          readinessProbe:↵            httpGet:↵              path: /↵              port: 80↵            initialDelaySeconds: 5↵          resources:↵            requests:↵              cpu: 50m↵              memory: 64Mi↵            limits:↵              memory: 128Mi↵---↵apiVersion: v1↵kind: Service↵metadata:↵  name: docs-site↵spec:↵  selector:↵    app: docs-site↵  ports:↵    - port: 80↵      targetPort: 80↵```↵The readiness probe keeps failing right after a rollout. Is the delay too short, or is something else wrong?
"""

EVERYDAY_FAMILIES: tuple[Family, ...] = (
    # ------------------------------------------------------- public, everyday
    Family("recipes_cooking", P, "train", min_sentences=3, max_sentences=16, text={
        "en": """
            ^Lemon drizzle cake (serves 8)
            ^Weeknight chickpea curry
            Ingredients: 225 g softened butter, 225 g caster sugar, 4 eggs, 225 g self-raising flour, zest of 2 lemons.
            Preheat the oven to 180°C (160°C fan) and line a 900 g loaf tin with baking paper.
            Beat the butter and sugar until pale and fluffy, then add the eggs one at a time.
            Fold in the flour and lemon zest, spoon into the tin and bake for 45–50 minutes.
            Mix the juice of one lemon with 85 g icing sugar and pour it over the cake while it is still warm.
            Can I swap the butter for olive oil in this recipe, and how much should I use?
            My cake sank in the middle again. Is the oven too hot or did I open the door too early?
            How long do I boil an egg for a runny yolk at high altitude?
            Fry one chopped onion in a little oil for 8 minutes, then add garlic, ginger and two teaspoons of curry powder.
            Tip in a tin of chickpeas, a tin of chopped tomatoes and 200 ml coconut milk; simmer for 20 minutes.
            Scale this recipe down from 8 servings to 3 and convert the cups to grams.
            What can I cook tonight with rice, spinach, feta and two eggs?
            Give me a vegetarian meal plan for five days with a shopping list.
            Is it safe to refreeze chicken that thawed in the fridge overnight?
            Classic banana bread↵↵Ingredients↵- 3 very ripe bananas↵- 75 g melted butter↵- 150 g light brown sugar↵- 1 egg, beaten↵- 1 tsp vanilla extract↵- 1 tsp bicarbonate of soda↵- a pinch of salt↵- 190 g plain flour↵↵Method↵1. Heat the oven to 175°C and grease a 900 g loaf tin.↵2. Mash the bananas in a large bowl until smooth, then stir in the melted butter.↵3. Mix in the sugar, egg and vanilla.↵4. Sprinkle the bicarbonate of soda and salt over the mixture and stir.↵5. Fold in the flour until just combined; a few lumps are fine.↵6. Pour into the tin and bake for 55–60 minutes, until a skewer comes out clean.↵7. Cool in the tin for 10 minutes, then turn out onto a rack.↵↵Notes: walnuts or chocolate chips can be folded in at step 5. The bread keeps for three days wrapped in foil, or freeze it in slices.
        """,
        "de": """
            ^Apfelkuchen vom Blech
            ^Schnelle Linsensuppe
            Zutaten: 250 g Mehl, 125 g Butter, 100 g Zucker, 1 Ei, 1 Päckchen Backpulver, 1 kg Äpfel.
            Den Backofen auf 180 °C Ober-/Unterhitze vorheizen und das Blech einfetten.
            Butter, Zucker und Ei schaumig rühren, dann Mehl und Backpulver unterheben.
            Die Äpfel schälen, in Spalten schneiden und dicht auf den Teig legen.
            Etwa 40 Minuten backen, bis der Rand goldbraun ist, und mit Zimt bestreuen.
            Kann ich statt Weizenmehl Dinkelmehl nehmen, und ändert sich die Backzeit?
            Eine Zwiebel und zwei Karotten würfeln und in etwas Öl andünsten.
            200 g rote Linsen und 1 Liter Gemüsebrühe dazugeben und 15 Minuten köcheln lassen.
            Was kann ich heute Abend mit Nudeln, Zucchini und Parmesan kochen?
            Rechne das Rezept bitte von zwölf auf vier Portionen um.
            Mein Hefeteig geht nicht auf – woran kann das liegen?
            Klassischer Kartoffelsalat↵↵Zutaten↵- 1 kg festkochende Kartoffeln↵- 1 Zwiebel↵- 250 ml heiße Gemüsebrühe↵- 4 EL Weißweinessig↵- 1 TL Senf↵- 5 EL Sonnenblumenöl↵- Salz, Pfeffer, Zucker↵- ein Bund Schnittlauch↵↵Zubereitung↵1. Die Kartoffeln in der Schale etwa 20 Minuten kochen, pellen und noch warm in Scheiben schneiden.↵2. Die Zwiebel fein würfeln und in der heißen Brühe kurz aufkochen.↵3. Essig, Senf, eine Prise Zucker, Salz und Pfeffer einrühren.↵4. Die Brühe über die Kartoffeln gießen und vorsichtig mischen.↵5. Mindestens eine Stunde ziehen lassen, dann das Öl unterheben.↵6. Mit Schnittlauch bestreuen und lauwarm servieren.↵↵Tipp: Am besten schmeckt der Salat, wenn er ein paar Stunden durchzieht. Gurkenscheiben passen auch gut dazu.
        """,
        "fr": """
            ^Quiche lorraine
            ^Ratatouille facile
            Ingrédients : une pâte brisée, 200 g de lardons, 3 œufs, 20 cl de crème fraîche, 20 cl de lait, muscade.
            Préchauffez le four à 180 °C et étalez la pâte dans un moule à tarte.
            Faites revenir les lardons à la poêle sans matière grasse, puis répartissez-les sur le fond de tarte.
            Battez les œufs avec la crème et le lait, salez peu, poivrez et ajoutez une pincée de muscade.
            Versez l'appareil sur les lardons et enfournez 35 minutes.
            Coupez une aubergine, deux courgettes, un poivron et trois tomates en dés.
            Faites mijoter les légumes avec de l'ail et du thym pendant 40 minutes à feu doux.
            Par quoi remplacer la crème fraîche pour une version sans lactose ?
            Que puis-je préparer ce soir avec du riz, des champignons et un reste de poulet ?
            Adapte la recette pour huit personnes, s'il te plaît.
            Crêpes pour 15 pièces↵↵Ingrédients↵- 250 g de farine↵- 4 œufs↵- 50 cl de lait↵- 50 g de beurre fondu↵- 1 pincée de sel↵- 1 cuillère à soupe de sucre↵↵Préparation↵1. Versez la farine dans un saladier et creusez un puits.↵2. Ajoutez les œufs, le sel et le sucre, puis mélangez en incorporant le lait petit à petit pour éviter les grumeaux.↵3. Ajoutez le beurre fondu et laissez reposer la pâte une heure à température ambiante.↵4. Faites chauffer une poêle légèrement huilée et versez une petite louche de pâte.↵5. Retournez la crêpe quand les bords se décollent, environ une minute par face.↵↵Astuce : un peu de bière ou de fleur d'oranger dans la pâte, et les crêpes se gardent deux jours au frais.
        """,
        "es": """
            ^Tortilla de patatas
            ^Gazpacho andaluz
            Ingredientes: 5 huevos, 600 g de patatas, una cebolla, aceite de oliva y sal.
            Pela las patatas, córtalas en láminas finas y fríelas a fuego medio con la cebolla durante 20 minutos.
            Bate los huevos, mezcla con las patatas escurridas y deja reposar cinco minutos.
            Cuaja la tortilla en una sartén y dale la vuelta con ayuda de un plato.
            Tritura un kilo de tomates maduros con un pimiento, un pepino, un diente de ajo y pan del día anterior.
            Añade aceite, vinagre y sal, y deja enfriar el gazpacho al menos dos horas.
            ¿Se puede hacer la tortilla sin cebolla o queda seca?
            ¿Qué puedo cocinar hoy con garbanzos, espinacas y un par de huevos?
            Convierte las cantidades de tazas a gramos, por favor.
            Paella de verduras para cuatro↵↵Ingredientes↵- 320 g de arroz bomba↵- 1 litro de caldo de verduras↵- 1 pimiento rojo y 1 verde↵- 200 g de judías verdes↵- 2 alcachofas↵- 1 tomate rallado↵- azafrán, pimentón dulce, aceite de oliva y sal↵↵Preparación↵1. Sofríe los pimientos y las judías en la paellera con un buen chorro de aceite.↵2. Añade las alcachofas troceadas y, después, el tomate rallado y el pimentón.↵3. Incorpora el arroz, rehógalo un minuto y vierte el caldo caliente con el azafrán.↵4. Cuece 10 minutos a fuego fuerte y 8 minutos a fuego suave, sin remover.↵5. Deja reposar cinco minutos tapada con un paño antes de servir.↵↵Consejo: si te gusta el socarrat, sube el fuego el último minuto hasta que el arroz cruja un poco.
        """,
        "nl": """
            ^Hollandse appeltaart
            ^Erwtensoep
            Ingrediënten: 300 g zelfrijzend bakmeel, 200 g roomboter, 150 g basterdsuiker, 1 ei, 1 kg appels, kaneel.
            Verwarm de oven voor op 175 °C en vet een springvorm van 24 cm in.
            Kneed het meel, de boter, de suiker en het ei tot een soepel deeg.
            Schil de appels, snijd ze in stukjes en meng ze met kaneel en rozijnen.
            Bak de taart in ongeveer een uur goudbruin en laat hem afkoelen in de vorm.
            Laat 500 g spliterwten met een hamschijf en 2 liter water anderhalf uur zachtjes koken.
            Kan ik de roomboter vervangen door margarine?
            Wat kan ik vanavond maken met aardappels, prei en een stukje kaas?
            Reken het recept om van tien naar vier personen.
        """,
    }),
    Family("travel_questions", P, "train", max_sentences=6, text={
        "en": """
            What is the cheapest way to get from the airport to the centre of {city}?
            I have a 9-hour layover in Amsterdam. Is it worth leaving the airport?
            Make a packing list for a week of hiking in the Alps in September.
            Do I need a visa to visit Japan for two weeks with a Canadian passport?
            Suggest a four-day itinerary for Lisbon with one day trip to Sintra.
            Which is nicer in October, Crete or the Algarve? We like walking and quiet beaches.
            How early should I be at the station for the Eurostar?
            Is the Paris museum pass worth it if we only have two days?
            We are travelling with a toddler. Any tips for a ten-hour flight?
            Translate "Where is the nearest pharmacy?" into Italian and Portuguese.
            What should I know about tipping in the United States?
        """,
        "de": """
            Wie komme ich am günstigsten vom Flughafen ins Zentrum von {city}?
            Stell mir eine Packliste für eine Woche Wandern in Südtirol im September zusammen.
            Brauche ich für zwei Wochen Kanada ein Visum oder reicht eine eTA?
            Plane vier Tage Lissabon mit einem Tagesausflug nach Sintra.
            Lohnt sich das Deutschlandticket, wenn ich nur am Wochenende fahre?
            Wir reisen mit Kleinkind – Tipps für einen Zehn-Stunden-Flug?
            Ist Kreta oder die Algarve im Oktober schöner zum Wandern?
            Wie viel Trinkgeld gibt man in Italien im Restaurant?
        """,
        "fr": """
            Quel est le moyen le moins cher pour aller de l'aéroport au centre de {city} ?
            Fais-moi une liste de bagages pour une semaine de randonnée dans les Pyrénées.
            Propose un itinéraire de quatre jours à Rome avec des enfants.
            Faut-il réserver le TGV longtemps à l'avance pour le mois d'août ?
            Quelles sont les plus belles plages de Bretagne pour un pique-nique ?
            Ai-je besoin d'un passeport pour aller au Maroc depuis la France ?
            Que voir à Séville en deux jours ?
            Des conseils pour un long trajet en voiture avec deux enfants ?
        """,
        "es": """
            ¿Cuál es la forma más barata de ir del aeropuerto al centro de {city}?
            Hazme una lista de equipaje para una semana de senderismo en los Picos de Europa.
            Propón un itinerario de cuatro días por Oporto con una excursión al valle del Duero.
            ¿Necesito visado para viajar a Estados Unidos dos semanas?
            ¿Merece la pena el pase de transporte de Londres para cinco días?
            ¿Qué ver en Granada si solo tengo un día?
            Consejos para viajar en tren por Italia con mochila.
            ¿Cuánta propina se deja en los restaurantes de Nueva York?
        """,
        "nl": """
            Wat is de goedkoopste manier om van het vliegveld naar het centrum van {city} te komen?
            Maak een paklijst voor een week kamperen in de Ardennen.
            Stel een reisschema op voor vier dagen Kopenhagen met de fiets.
            Heb ik een visum nodig voor twee weken Thailand?
            Is de nachttrein naar Wenen een aanrader met kinderen?
            Wat kun je in Gent doen op een regenachtige zondag?
            Tips voor een lange autorit naar Zuid-Frankrijk met een hond?
            Moet je in Portugal fooi geven in een café?
        """,
    }),
    Family("fitness_health_general", P, "train", max_sentences=7, text={
        "en": """
            Make me a beginner running plan to go from zero to 5 km in eight weeks.
            How much protein does an adult need per day, roughly?
            What are good stretches after a long day at a desk?
            Is it better to train in the morning or in the evening?
            Write a 20-minute bodyweight workout I can do in a hotel room.
            How many hours of sleep do teenagers need?
            What is the difference between aerobic and anaerobic exercise?
            Give me five easy ways to drink more water during the day.
            Explain what a resting heart rate is and what counts as normal.
            Suggest a warm-up routine before playing five-a-side football.
            Does stretching before running prevent injuries, according to the research?
        """,
        "de": """
            Erstelle einen Laufplan für Anfänger: in acht Wochen von null auf 5 km.
            Wie viel Eiweiß braucht ein Erwachsener ungefähr pro Tag?
            Welche Dehnübungen helfen nach einem langen Tag am Schreibtisch?
            Schreib mir ein 20-minütiges Workout ohne Geräte.
            Wie viele Stunden Schlaf brauchen Jugendliche?
            Was ist der Unterschied zwischen aerobem und anaerobem Training?
            Ist es besser, morgens oder abends zu trainieren?
            Gib mir fünf Tipps, wie ich im Alltag mehr Wasser trinke.
        """,
        "es": """
            Hazme un plan para empezar a correr y llegar a 5 km en ocho semanas.
            ¿Cuánta proteína necesita un adulto al día, más o menos?
            ¿Qué estiramientos van bien después de muchas horas sentado?
            Escribe una rutina de 20 minutos sin material para hacer en casa.
            ¿Cuántas horas deben dormir los adolescentes?
            ¿Es mejor entrenar por la mañana o por la tarde?
            Dame cinco ideas para caminar más durante la semana.
            Explica qué es la frecuencia cardiaca en reposo.
        """,
        "nl": """
            Maak een hardloopschema voor beginners: in acht weken naar 5 km.
            Hoeveel eiwit heeft een volwassene ongeveer per dag nodig?
            Welke rekoefeningen helpen na een dag achter de computer?
            Schrijf een workout van 20 minuten zonder materiaal.
            Hoeveel uur slaap hebben tieners nodig?
            Wat is het verschil tussen duur- en krachttraining?
            Kun je beter 's ochtends of 's avonds sporten?
            Geef vijf tips om meer water te drinken op een werkdag.
        """,
    }),
    Family("home_garden_diy", P, "train", max_sentences=8, text={
        "en": """
            How do I fix a dripping kitchen tap with a ceramic cartridge?
            What plants grow well on a north-facing balcony?
            When should I prune my apple tree, and how much can I cut back?
            The paint on my bathroom ceiling keeps peeling. What primer should I use?
            Step by step: how do I hang a heavy mirror on a plasterboard wall?
            My tomato leaves are turning yellow from the bottom up. What is wrong?
            How do I bleed a radiator, and how do I know when to stop?
            Which is better for a small garden shed, felt or corrugated roofing?
            Give me a weekend plan to repaint a bedroom, including what to buy.
            How can I get rid of mould on window seals without harsh chemicals?
            Is it worth insulating the loft myself? What thickness do I need?
        """,
        "de": """
            Wie repariere ich einen tropfenden Wasserhahn in der Küche?
            Welche Pflanzen wachsen gut auf einem Nordbalkon?
            Wann schneidet man einen Apfelbaum, und wie viel darf weg?
            Die Farbe an der Badezimmerdecke blättert ab – welche Grundierung brauche ich?
            Wie hänge ich einen schweren Spiegel an eine Rigipswand?
            Meine Tomatenblätter werden von unten gelb. Was fehlt ihnen?
            Wie entlüfte ich einen Heizkörper richtig?
            Erstelle mir eine Einkaufsliste, um ein Schlafzimmer neu zu streichen.
            Wie bekomme ich Schimmel an der Fensterdichtung ohne scharfe Mittel weg?
        """,
        "fr": """
            Comment réparer un robinet de cuisine qui goutte ?
            Quelles plantes poussent bien sur un balcon exposé au nord ?
            Quand faut-il tailler un pommier, et de combien ?
            La peinture du plafond de la salle de bain s'écaille : quelle sous-couche utiliser ?
            Comment fixer un grand miroir sur une cloison en plaque de plâtre ?
            Les feuilles de mes tomates jaunissent par le bas, que faire ?
            Comment purger un radiateur ?
            Fais-moi un planning pour repeindre une chambre en un week-end.
        """,
        "nl": """
            Hoe repareer ik een druppende keukenkraan?
            Welke planten groeien goed op een balkon op het noorden?
            Wanneer snoei je een appelboom, en hoeveel mag eraf?
            De verf op het plafond van de badkamer bladdert af. Welke grondverf heb ik nodig?
            Hoe hang ik een zware spiegel op aan een gipsplaatwand?
            De bladeren van mijn tomatenplanten worden geel. Wat is er mis?
            Hoe ontlucht ik een radiator?
            Maak een boodschappenlijst om een slaapkamer te schilderen.
            Hoe krijg ik schimmel van de kitrand in de douche?
        """,
    }),
    Family("homework_school", P, "train", max_sentences=6, text={
        "en": """
            My son is in year 5 and stuck on long division. How can I explain 756 ÷ 12 step by step?
            Solve for x: 3x + 7 = 25, and show each step.
            Why is the sky blue? Explain it for a ten-year-old.
            What caused the First World War? Give me the main points for a school essay.
            List the planets in order from the sun with one fun fact each.
            What is the difference between weather and climate?
            Help my daughter learn the capitals of South America with a little rhyme.
            Explain photosynthesis in three sentences.
            A train leaves at 14:10 and travels 180 km at 90 km/h. When does it arrive?
            What were the main causes of the fall of the Roman Empire?
            Check my answer: the area of a circle with radius 4 cm is about 50.3 cm².
            How do volcanoes form, and why are there so many around the Pacific?
            Give me ten practice questions on fractions for a 9-year-old.
        """,
        "de": """
            Mein Sohn ist in der vierten Klasse und versteht das schriftliche Dividieren nicht. Wie erkläre ich 756 : 12?
            Löse die Gleichung 3x + 7 = 25 und zeige jeden Schritt.
            Warum ist der Himmel blau? Erkläre es für ein zehnjähriges Kind.
            Was waren die Ursachen des Dreißigjährigen Krieges? Stichpunkte für ein Referat.
            Nenne die Planeten in der Reihenfolge ihres Abstands zur Sonne.
            Was ist der Unterschied zwischen Wetter und Klima?
            Wie entstehen Vulkane?
            Gib mir zehn Übungsaufgaben zu Brüchen für die fünfte Klasse.
            Welche Flüsse fließen durch Deutschland in die Nordsee?
        """,
        "fr": """
            Mon fils est en CM2 et bloque sur la division posée. Comment expliquer 756 divisé par 12 ?
            Résous l'équation 3x + 7 = 25 en détaillant les étapes.
            Pourquoi le ciel est-il bleu ? Explique-le à un enfant de dix ans.
            Quelles sont les causes de la Révolution française ? Plan pour un exposé.
            Cite les planètes du système solaire dans l'ordre.
            Quelle est la différence entre la météo et le climat ?
            Donne-moi dix exercices sur les fractions pour un élève de sixième.
            Explique la photosynthèse en trois phrases.
            Quels sont les principaux fleuves de France et où se jettent-ils ?
        """,
        "es": """
            Mi hija está en cuarto de primaria y no entiende la división. ¿Cómo le explico 756 entre 12?
            Resuelve la ecuación 3x + 7 = 25 paso a paso.
            ¿Por qué el cielo es azul? Explícalo para un niño de diez años.
            ¿Cuáles fueron las causas de la Guerra Civil española? Esquema para un trabajo.
            Enumera los planetas del sistema solar en orden.
            ¿Qué diferencia hay entre tiempo y clima?
            Dame diez ejercicios de fracciones para sexto de primaria.
            Explica la fotosíntesis en tres frases.
            ¿Cuáles son los ríos más largos de la península ibérica?
        """,
        "nl": """
            Mijn zoon zit in groep 7 en snapt staartdelingen niet. Hoe leg ik 756 gedeeld door 12 uit?
            Los op: 3x + 7 = 25, en laat elke stap zien.
            Waarom is de lucht blauw? Leg het uit aan een kind van tien.
            Wat waren de oorzaken van de Tachtigjarige Oorlog? Punten voor een spreekbeurt.
            Noem de planeten op volgorde vanaf de zon.
            Wat is het verschil tussen weer en klimaat?
            Geef tien oefensommen met breuken voor groep 6.
            Leg fotosynthese uit in drie zinnen.
            Hoe ontstaan de getijden?
        """,
    }),
    Family("creative_writing", P, "train", min_sentences=3, max_sentences=14, header_share=0.5, text={
        "en": """
            ^Write a short poem for my grandmother's 80th birthday.
            ^Continue this story in the same style, about 300 words.
            ^Help me finish the lyrics of this song.
            The lighthouse keeper climbed the stairs every evening, counting them as his father had.
            Rain on the harbour, gulls on the rail, / the ferry is late and the coffee is stale.
            She found the letter tucked inside a library book that nobody had borrowed since 1974.
            Chorus: We were young on a summer road, / headlights low and the radio slow.
            Verse two should be about leaving home, but hopeful, not sad.
            The dragon was not fierce at all; it was mostly worried about its garden.
            Eighty years of kitchen songs, of bread and patience, garden gloves.
            Make the ending happier and give the cat a name.
            Can you turn this into a limerick?
            Write it as a haiku sequence instead: three haiku about autumn in the city.
            The village fair opened at noon, and by one o'clock the prize marrow had gone missing.
            Suggest a title and three possible first lines for a mystery novel set on a canal boat.
            Keep the rhyme scheme AABB and avoid the word "heart".
            Here is my story so far:↵↵The last tram of the night was always empty, which is why Nora noticed the man with the birdcage. He sat very straight, the cage on his knees, and inside it was not a bird but a small brass clock that ticked louder than it should. At the third stop he looked up and said, quite politely, that she had dropped something. She had not. But when she looked down there was a ticket on the floor, dated tomorrow, for a journey she had never planned.↵↵She kept it. Of course she kept it. At home she put it on the kitchen table and watched it while the kettle boiled, half expecting it to fade like the ink on old receipts. It did not fade. By morning the destination had changed from a station she knew to one she had never heard of, and the clock, she realised, had been ticking in her head all night.↵↵What should happen when she goes to the station? Give me three options, and keep the slightly eerie tone.
        """,
        "de": """
            ^Schreib ein kurzes Gedicht zum 80. Geburtstag meiner Oma.
            ^Schreib diese Geschichte im gleichen Stil weiter, etwa 300 Wörter.
            Der Leuchtturmwärter stieg jeden Abend die Treppe hinauf und zählte die Stufen.
            Regen im Hafen, Möwen am Steg, / die Fähre kommt später, der Kaffee ist weg.
            Sie fand den Brief in einem Bibliotheksbuch, das seit 1974 niemand ausgeliehen hatte.
            Der Drache war gar nicht gefährlich; er sorgte sich vor allem um seinen Garten.
            Mach das Ende fröhlicher und gib der Katze einen Namen.
            Kannst du daraus einen Limerick machen?
            Refrain: Wir waren jung auf der Sommerstraße, / das Radio leise, der Himmel so weit.
            Das Reimschema soll AABB bleiben.
            Schlage einen Titel und drei erste Sätze für einen Krimi am Bodensee vor.
            Das ist meine Geschichte bisher:↵↵Die letzte Straßenbahn der Nacht war immer leer, deshalb fiel Nora der Mann mit dem Vogelkäfig auf. Er saß kerzengerade, den Käfig auf den Knien, und darin saß kein Vogel, sondern eine kleine Messinguhr, die lauter tickte, als sie sollte. An der dritten Haltestelle sah er auf und sagte höflich, sie habe etwas verloren. Hatte sie nicht. Doch auf dem Boden lag eine Fahrkarte, datiert auf morgen, für eine Reise, die sie nie geplant hatte.↵↵Sie behielt sie. Natürlich. Zu Hause legte sie die Karte auf den Küchentisch und beobachtete sie, während das Wasser kochte. Am Morgen hatte sich das Ziel geändert, in einen Bahnhof, von dem sie nie gehört hatte.↵↵Wie könnte es am Bahnhof weitergehen? Gib mir drei Ideen und behalte den leicht unheimlichen Ton bei.
        """,
        "fr": """
            ^Écris un petit poème pour les 80 ans de ma grand-mère.
            ^Continue cette histoire dans le même style, environ 300 mots.
            Le gardien du phare montait l'escalier chaque soir en comptant les marches.
            Pluie sur le port, mouettes sur le quai, / le ferry est en retard et le café froid.
            Elle trouva la lettre dans un livre de bibliothèque que personne n'avait emprunté depuis 1974.
            Le dragon n'était pas méchant du tout ; il s'inquiétait surtout pour son potager.
            Rends la fin plus joyeuse et donne un nom au chat.
            Refrain : On était jeunes sur la route d'été, / la radio douce et les phares baissés.
            Garde des rimes plates et évite le mot « cœur ».
            Propose un titre et trois premières phrases pour un roman policier sur une péniche.
            Voici le début de mon histoire :↵↵Le dernier tram de la nuit était toujours vide, c'est pourquoi Nora remarqua l'homme à la cage. Il se tenait très droit, la cage sur les genoux, et dedans il n'y avait pas d'oiseau mais une petite horloge en laiton qui faisait plus de bruit qu'elle n'aurait dû. Au troisième arrêt, il leva les yeux et lui dit poliment qu'elle avait fait tomber quelque chose. Ce n'était pas vrai. Pourtant, sur le sol, il y avait un billet daté du lendemain, pour un voyage qu'elle n'avait jamais prévu.↵↵Elle le garda, évidemment. Le matin, la destination avait changé pour une gare dont elle n'avait jamais entendu parler.↵↵Que se passe-t-il à la gare ? Propose trois pistes en gardant ce ton un peu étrange.
        """,
        "es": """
            ^Escribe un poema corto para el 80 cumpleaños de mi abuela.
            ^Continúa esta historia con el mismo estilo, unas 300 palabras.
            El farero subía las escaleras cada tarde contando los peldaños, como su padre.
            Lluvia en el puerto, gaviotas en el muelle, / el ferry se retrasa y el café ya no huele.
            Encontró la carta dentro de un libro de la biblioteca que nadie había pedido desde 1974.
            El dragón no era nada feroz; lo que más le preocupaba era su huerto.
            Haz el final más alegre y ponle nombre al gato.
            Estribillo: Éramos jóvenes en la carretera de verano, / la radio bajita y el sol en la mano.
            Mantén la rima consonante y no uses la palabra «corazón».
            Propón un título y tres primeras frases para una novela de misterio en un tren nocturno.
            Esta es mi historia hasta ahora:↵↵El último tranvía de la noche siempre iba vacío, por eso Nora se fijó en el hombre de la jaula. Iba muy recto, con la jaula sobre las rodillas, y dentro no había un pájaro sino un pequeño reloj de latón que hacía más ruido del que debía. En la tercera parada levantó la vista y le dijo, muy educado, que se le había caído algo. No era verdad. Pero en el suelo había un billete con la fecha de mañana, para un viaje que ella nunca había planeado.↵↵Se lo quedó, claro. En casa lo dejó en la mesa de la cocina y lo miró mientras hervía el agua. Por la mañana el destino había cambiado a una estación de la que nunca había oído hablar.↵↵¿Qué pasa cuando llega a la estación? Dame tres opciones y mantén el tono un poco inquietante.
        """,
    }),
    Family("translation_grammar", P, "train", max_sentences=5, text={
        "en": """
            Translate into German: "The museum is closed on Mondays. Tickets can be bought online."
            Is it "fewer people" or "less people"? Explain the rule.
            Correct the grammar: "Me and him goes to the cinema every fridays."
            Translate this proverb into Spanish and explain it: "Don't count your chickens before they hatch."
            What is the difference between "affect" and "effect"?
            Make this sentence more concise: "At this point in time we are not in a position to give an answer."
            Translate the first paragraph of the Wikipedia article on the Eiffel Tower into Dutch.
            When do I use a semicolon instead of a comma?
            Rewrite this paragraph in British English spelling.
            Is "data" singular or plural in modern English?
            Give me the past participle of "to lie" in both meanings.
        """,
        "de": """
            Übersetze ins Englische: „Das Museum ist montags geschlossen. Tickets gibt es online.“
            Heißt es „wegen des Wetters“ oder „wegen dem Wetter“?
            Korrigiere bitte: „Ich habe gestern in die Stadt gegangen und hab ein Buch gekauft.“
            Wann schreibt man „das“ und wann „dass“? Mit Beispielen bitte.
            Übersetze das Sprichwort „Wer zuletzt lacht, lacht am besten“ ins Französische.
            Mach diesen Satz knapper: „Zum gegenwärtigen Zeitpunkt sind wir leider nicht in der Lage, eine Antwort zu geben.“
            Ist „Fahrradfahren“ groß oder klein zu schreiben?
            Erkläre den Unterschied zwischen Konjunktiv I und Konjunktiv II.
        """,
        "fr": """
            Traduis en anglais : « Le musée est fermé le lundi. Les billets s'achètent en ligne. »
            Faut-il écrire « je vous serais reconnaissant » ou « je vous serai reconnaissant » ?
            Corrige les fautes : « Les enfants que j'ai vu hier était très content. »
            Quand utilise-t-on le subjonctif après « bien que » ?
            Traduis ce proverbe en espagnol : « Petit à petit, l'oiseau fait son nid. »
            Rends cette phrase plus concise et plus naturelle.
            Quelle est la différence entre « quelque » et « quel que » ?
            Accord du participe passé avec avoir : explique la règle simplement.
        """,
        "es": """
            Traduce al inglés: «El museo cierra los lunes. Las entradas se compran por internet».
            ¿Se dice «hubieron muchas personas» o «hubo muchas personas»?
            Corrige la ortografía: «Haber si vienes mañana y vamos haber la película».
            ¿Cuándo lleva tilde «solo»?
            Traduce este refrán al alemán: «Más vale tarde que nunca».
            Haz esta frase más breve y natural.
            ¿Cuál es la diferencia entre «porque», «por que», «porqué» y «por qué»?
            Explica el uso del subjuntivo después de «ojalá».
        """,
        "nl": """
            Vertaal naar het Engels: "Het museum is op maandag gesloten. Kaartjes koop je online."
            Is het "groter dan ik" of "groter als ik"?
            Verbeter de spelling: "Hij vind dat het word tijd om te gaan."
            Wanneer schrijf je "d" en wanneer "dt"? Geef voorbeelden.
            Vertaal het spreekwoord "Beter laat dan nooit" naar het Frans.
            Maak deze zin korter en duidelijker.
            Is het "de data" of "het data"?
            Leg het verschil uit tussen "hun" en "hen".
        """,
    }),
    Family("reviews_shopping", P, "train", max_sentences=7, text={
        "en": """
            Which is better value for a student: a refurbished MacBook Air or a new mid-range Windows laptop?
            Compare the Kindle Paperwhite and the Kobo Clara for someone who borrows library e-books.
            Review: Five stars. The kettle boils quickly, it is quiet, and the lid opens wide enough to clean.
            Review: Two stars. The backpack looked great but a zip broke after three weeks.
            Summarise these customer reviews of a robot vacuum into pros and cons.
            I have a budget of 300 euros for running shoes and a smartwatch. How would you split it?
            What should I look for when buying a second-hand bicycle?
            Write a short, polite review of a hotel where the room was clean but the breakfast was disappointing.
            Is it worth paying more for a dishwasher with a cutlery drawer?
            Help me choose between two phone plans: 10 GB for 12 euros or unlimited for 20 euros.
            Compare induction and ceramic hobs on cost, speed and cleaning.
        """,
        "de": """
            Was lohnt sich eher für Studierende: ein generalüberholtes MacBook Air oder ein neuer Windows-Laptop?
            Vergleiche den Kindle Paperwhite mit dem Tolino Shine für Bibliotheks-E-Books.
            Bewertung: Fünf Sterne. Der Wasserkocher ist schnell, leise und leicht zu reinigen.
            Bewertung: Zwei Sterne. Der Rucksack sah gut aus, aber der Reißverschluss ging nach drei Wochen kaputt.
            Fasse diese Kundenbewertungen eines Saugroboters als Vor- und Nachteile zusammen.
            Worauf sollte ich beim Kauf eines gebrauchten Fahrrads achten?
            Schreib eine höfliche Bewertung für ein Hotel: Zimmer sauber, Frühstück enttäuschend.
            Induktion oder Ceranfeld – was ist günstiger im Verbrauch?
        """,
        "fr": """
            Pour un étudiant, vaut-il mieux un MacBook Air reconditionné ou un PC portable neuf ?
            Compare la Kobo Clara et le Kindle Paperwhite pour lire des livres empruntés en bibliothèque.
            Avis : cinq étoiles. La bouilloire chauffe vite, elle est silencieuse et facile à nettoyer.
            Avis : deux étoiles. Le sac à dos est joli mais la fermeture a lâché au bout de trois semaines.
            Résume ces avis clients sur un aspirateur robot en points forts et points faibles.
            Que faut-il vérifier avant d'acheter un vélo d'occasion ?
            Rédige un avis poli sur un hôtel propre mais au petit-déjeuner décevant.
            Plaque à induction ou vitrocéramique : laquelle consomme le moins ?
        """,
        "es": """
            Para un estudiante, ¿mejor un MacBook Air reacondicionado o un portátil Windows nuevo?
            Compara el Kindle Paperwhite con el Kobo Clara para leer libros de la biblioteca.
            Opinión: cinco estrellas. El hervidor es rápido, silencioso y fácil de limpiar.
            Opinión: dos estrellas. La mochila era bonita, pero la cremallera se rompió a las tres semanas.
            Resume estas opiniones sobre un robot aspirador en ventajas e inconvenientes.
            ¿Qué debo revisar al comprar una bicicleta de segunda mano?
            Escribe una reseña educada de un hotel limpio pero con un desayuno flojo.
            ¿Compensa pagar más por un lavavajillas con bandeja para cubiertos?
        """,
        "nl": """
            Wat is voor een student beter: een refurbished MacBook Air of een nieuwe Windows-laptop?
            Vergelijk de Kobo Clara en de Kindle Paperwhite voor e-books van de bibliotheek.
            Review: vijf sterren. De waterkoker is snel, stil en makkelijk schoon te maken.
            Review: twee sterren. De rugzak zag er goed uit, maar de rits ging na drie weken kapot.
            Vat deze klantreviews van een robotstofzuiger samen in plus- en minpunten.
            Waar moet ik op letten bij een tweedehands fiets?
            Schrijf een beleefde review van een hotel met een schone kamer maar een tegenvallend ontbijt.
            Inductie of keramisch koken: wat is zuiniger?
        """,
    }),
    # ------------------------------------------------------ public, technical
    Family("code_python_help", P, "train", min_sentences=4, max_sentences=16, text={
        "en": _PYTHON_SNIPPETS + """
            Why does this raise ZeroDivisionError, and what is the idiomatic fix?
            Write pytest unit tests for this function, including the edge cases.
            Refactor this into a dictionary lookup and keep the behaviour the same.
            Add type hints and a docstring, and tell me if anything is unidiomatic.
            Explain this traceback line by line; I am new to Python.
            How do I make this run concurrently with asyncio.gather?
            Is a list comprehension faster here, or just shorter?
            Here is my code and the error I get:
            Can you review this for readability? It is for a university assignment.
            What does the @dataclass decorator generate for me?
        """,
        "de": _PYTHON_SNIPPETS + """
            Warum wirft das einen ZeroDivisionError, und wie behebe ich das sauber?
            Schreib Unit-Tests mit pytest für diese Funktion, auch für Randfälle.
            Bau das bitte in ein Dictionary-Lookup um, ohne das Verhalten zu ändern.
            Ergänze Typannotationen und einen Docstring.
            Erkläre mir diesen Traceback Zeile für Zeile, ich lerne gerade Python.
            Hier ist mein Code und die Fehlermeldung:
            Ist eine List Comprehension hier schneller oder nur kürzer?
            Wie mache ich das mit asyncio.gather nebenläufig?
        """,
        "fr": _PYTHON_SNIPPETS + """
            Pourquoi ce code lève-t-il une ZeroDivisionError et comment corriger proprement ?
            Écris des tests unitaires pytest pour cette fonction, cas limites compris.
            Remplace cette suite de if par un dictionnaire sans changer le comportement.
            Ajoute des annotations de type et une docstring.
            Explique-moi cette trace d'erreur ligne par ligne, je débute en Python.
            Voici mon code et l'erreur obtenue :
            Une compréhension de liste serait-elle plus rapide ici ?
            Comment exécuter ces requêtes en parallèle avec asyncio.gather ?
        """,
        "es": _PYTHON_SNIPPETS + """
            ¿Por qué lanza ZeroDivisionError y cuál es la forma correcta de arreglarlo?
            Escribe pruebas unitarias con pytest para esta función, incluidos los casos límite.
            Refactoriza esto con un diccionario sin cambiar el comportamiento.
            Añade anotaciones de tipo y un docstring.
            Explícame esta traza línea a línea, estoy aprendiendo Python.
            Este es mi código y el error que me sale:
            ¿Una lista por comprensión sería más rápida aquí?
            ¿Cómo hago que se ejecute en paralelo con asyncio.gather?
        """,
        "nl": _PYTHON_SNIPPETS + """
            Waarom geeft dit een ZeroDivisionError en hoe los ik dat netjes op?
            Schrijf pytest-unittests voor deze functie, ook voor randgevallen.
            Herschrijf dit met een dictionary zonder het gedrag te veranderen.
            Voeg type hints en een docstring toe.
            Leg deze traceback regel voor regel uit, ik ben net begonnen met Python.
            Dit is mijn code en de foutmelding:
            Is een list comprehension hier sneller of alleen korter?
            Hoe laat ik dit gelijktijdig draaien met asyncio.gather?
        """,
    }),
    Family("code_web_sql_shell", P, "train", min_sentences=3, max_sentences=14, text={
        "en": _WEB_SNIPPETS + """
            Why is data.items undefined here? The API returns a list.
            Fix this SQL so that it counts stations per city, not per country.
            Explain what the OVER clause does in this query.
            Make this shell script skip files that are already resized.
            My GitHub Actions workflow never runs on tags. What is missing?
            How do I make the web container wait until Postgres is ready?
            Can you shrink this Dockerfile image? It is 1.2 GB.
            What does set -euo pipefail actually do?
            Convert this component to TypeScript with proper prop types.
            Rewrite the query with a CTE so it is easier to read.
        """,
        "de": _WEB_SNIPPETS + """
            Warum ist data.items hier undefined? Die API liefert doch eine Liste.
            Korrigiere das SQL, damit es Stationen pro Stadt zählt.
            Was macht die OVER-Klausel in dieser Abfrage?
            Das Skript soll bereits verkleinerte Bilder überspringen.
            Mein Workflow läuft bei Tags nicht. Was fehlt?
            Wie bringe ich den Web-Container dazu, auf Postgres zu warten?
            Wie bekomme ich das Docker-Image kleiner?
            Was bewirkt set -euo pipefail genau?
        """,
        "fr": _WEB_SNIPPETS + """
            Pourquoi data.items est-il undefined ? L'API renvoie pourtant une liste.
            Corrige cette requête SQL pour compter les stations par ville.
            Explique ce que fait la clause OVER.
            Ce script doit ignorer les images déjà redimensionnées.
            Mon workflow GitHub Actions ne se lance pas sur les tags, pourquoi ?
            Comment faire attendre le conteneur web jusqu'à ce que Postgres soit prêt ?
            Comment réduire la taille de cette image Docker ?
            Que fait exactement set -euo pipefail ?
        """,
        "es": _WEB_SNIPPETS + """
            ¿Por qué data.items es undefined si la API devuelve una lista?
            Corrige esta consulta SQL para contar estaciones por ciudad.
            Explica qué hace la cláusula OVER.
            El script debería saltarse las imágenes que ya están redimensionadas.
            Mi workflow de GitHub Actions no se ejecuta con etiquetas. ¿Qué falta?
            ¿Cómo hago que el contenedor web espere a que Postgres esté listo?
            ¿Cómo reduzco el tamaño de esta imagen Docker?
            ¿Qué hace exactamente set -euo pipefail?
        """,
    }),
    Family("readme_docs", P, "train", min_sentences=4, max_sentences=13, header_share=0.4, text={
        "en": _README_PARTS + """
            ^Improve this README; it is for a hobby project on GitHub.
            ^Proofread the docs page below and make the install steps clearer.
            Add a "Quick start" section that shows the three most common commands.
            Turn the option table into a short paragraph for the man page.
            Write a CONTRIBUTING.md in the same tone.
            The badges at the top are broken; how do shields.io badges work?
        """,
        "de": _README_PARTS + """
            ^Verbessere diese README, sie ist für ein Hobbyprojekt auf GitHub.
            ^Übersetze die folgende Dokumentation ins Deutsche.
            ## Installation↵↵Das Werkzeug wird mit pip installiert und braucht Python 3.9 oder neuer.
            ## Verwendung↵↵Alle Befehle zeigen mit `--help` ihre Optionen an.
            Ergänze einen Abschnitt „Schnellstart“ mit den drei wichtigsten Befehlen.
            Schreib eine CONTRIBUTING.md im gleichen Ton.
        """,
        "fr": _README_PARTS + """
            ^Améliore ce README ; c'est un projet personnel sur GitHub.
            ^Traduis cette documentation en français.
            ## Installation↵↵L'outil s'installe avec pip et nécessite Python 3.9 ou plus récent.
            ## Utilisation↵↵Chaque commande affiche ses options avec `--help`.
            Ajoute une section « Démarrage rapide » avec les trois commandes principales.
            Rédige un CONTRIBUTING.md dans le même ton.
        """,
        "nl": _README_PARTS + """
            ^Verbeter deze README; het is een hobbyproject op GitHub.
            ^Vertaal de documentatie hieronder naar het Nederlands.
            ## Installatie↵↵De tool installeer je met pip; Python 3.9 of nieuwer is nodig.
            ## Gebruik↵↵Elk commando toont zijn opties met `--help`.
            Voeg een sectie "Snel aan de slag" toe met de drie belangrijkste commando's.
            Schrijf een CONTRIBUTING.md in dezelfde toon.
        """,
    }),
    Family("public_data_tables", P, "train", min_sentences=2, max_sentences=8, text={
        "en": _PUBLIC_TABLES + """
            Which city has the highest population density? Show the calculation.
            Turn this CSV into a markdown table sorted by the last column.
            Plot the fuel prices with matplotlib, one line per fuel type.
            What is the average protein per 100 g across these foods?
            Which train gets me to the airport before 11:00?
            Summarise the table in two sentences for a newsletter.
            Write a pandas snippet that pivots this data by year.
            How many points behind the leader is the fourth team?
        """,
        "de": _PUBLIC_TABLES + """
            Welche Stadt hat die höchste Bevölkerungsdichte? Zeig die Rechnung.
            Mach aus dieser CSV eine Markdown-Tabelle, sortiert nach der letzten Spalte.
            Zeichne die Spritpreise mit matplotlib, eine Linie pro Kraftstoff.
            Wie hoch ist der durchschnittliche Eiweißgehalt pro 100 g?
            Welcher Zug ist vor 11 Uhr am Ziel?
            Fasse die Tabelle in zwei Sätzen zusammen.
            Wie viele Punkte fehlen dem Vierten auf den Tabellenführer?
            Schreib ein pandas-Snippet, das die Daten nach Jahr pivotiert.
        """,
        "fr": _PUBLIC_TABLES + """
            Quelle ville a la plus forte densité de population ? Montre le calcul.
            Transforme ce CSV en tableau markdown trié par la dernière colonne.
            Trace l'évolution des prix des carburants avec matplotlib.
            Quelle est la teneur moyenne en protéines pour 100 g ?
            Quel train arrive avant 11 h ?
            Résume le tableau en deux phrases.
            Combien de points sépare le quatrième du premier ?
            Écris un bout de code pandas qui pivote ces données par année.
        """,
        "es": _PUBLIC_TABLES + """
            ¿Qué ciudad tiene mayor densidad de población? Enseña el cálculo.
            Convierte este CSV en una tabla markdown ordenada por la última columna.
            Dibuja los precios del combustible con matplotlib.
            ¿Cuál es la proteína media por 100 g?
            ¿Qué tren llega antes de las 11:00?
            Resume la tabla en dos frases.
            ¿A cuántos puntos está el cuarto del líder?
            Escribe código pandas que agrupe estos datos por año.
        """,
        "nl": _PUBLIC_TABLES + """
            Welke stad heeft de hoogste bevolkingsdichtheid? Laat de berekening zien.
            Zet deze CSV om in een markdowntabel, gesorteerd op de laatste kolom.
            Maak een grafiek van de brandstofprijzen met matplotlib.
            Wat is het gemiddelde eiwitgehalte per 100 g?
            Welke trein is er voor 11.00 uur?
            Vat de tabel samen in twee zinnen.
            Hoeveel punten staat de nummer vier achter op de koploper?
            Schrijf een stukje pandas-code dat de gegevens per jaar groepeert.
        """,
    }),
    Family("payloads_logs_regex", P, "train", min_sentences=2, max_sentences=9, text={
        "en": _PAYLOADS_LOGS + """
            Write a JSON schema for this payload.
            What does this nginx log line tell me, and why the 404?
            How do I fix the port conflict in Docker?
            Does this regex match dates like 2024-3-5 too? I only want zero-padded ones.
            Explain this npm error and how to resolve the peer dependency.
            Generate five more dummy records in the same format for my test fixtures.
            Why is the pod stuck in Pending?
            Convert this curl command to Python requests.
            Write a regex that matches a UK postcode, and explain each part.
        """,
        "de": _PAYLOADS_LOGS + """
            Schreib ein JSON-Schema für diese Nutzlast.
            Was sagt mir diese nginx-Logzeile, und warum 404?
            Wie löse ich den Portkonflikt in Docker?
            Passt dieser reguläre Ausdruck auch auf 2024-3-5? Ich will nur zweistellige Werte.
            Erkläre den npm-Fehler und wie ich die Peer-Abhängigkeit auflöse.
            Erzeuge fünf weitere Dummy-Datensätze im gleichen Format für meine Tests.
            Warum hängt der Pod in Pending?
            Übersetze den curl-Befehl in Python mit requests.
        """,
        "es": _PAYLOADS_LOGS + """
            Escribe un JSON Schema para este contenido.
            ¿Qué significa esta línea del log de nginx y por qué da 404?
            ¿Cómo soluciono el conflicto de puertos en Docker?
            ¿Esta expresión regular acepta también 2024-3-5? Solo quiero fechas con dos cifras.
            Explica este error de npm y cómo resolver la dependencia.
            Genera cinco registros ficticios más con el mismo formato para mis pruebas.
            ¿Por qué el pod se queda en Pending?
            Convierte este comando curl a Python con requests.
        """,
        "nl": _PAYLOADS_LOGS + """
            Schrijf een JSON-schema voor deze payload.
            Wat zegt deze nginx-logregel, en waarom een 404?
            Hoe los ik het poortconflict in Docker op?
            Matcht deze reguliere expressie ook 2024-3-5? Ik wil alleen datums met voorloopnullen.
            Leg deze npm-fout uit en hoe ik de peer dependency oplos.
            Maak nog vijf nepregels in hetzelfde formaat voor mijn testdata.
            Waarom blijft de pod in Pending staan?
            Zet dit curl-commando om naar Python met requests.
        """,
    }),
    Family("maths_latex", P, "train", max_sentences=6, text={
        "en": r"""
            Prove that the square root of 2 is irrational.
            What is the derivative of $f(x) = x^2 \sin x$? Show the product rule step.
            Fix my LaTeX: \begin{{align}} a &= b + c \\ d &= e \end{{aligned}}
            How do I write a piecewise function in LaTeX with the cases environment?
            Evaluate $\int_0^1 x e^{{x}} \, dx$ using integration by parts.
            Explain eigenvalues intuitively, with a 2×2 example.
            A bag has 5 red and 3 blue marbles. What is the probability of drawing two red ones without replacement?
            $$\sum_{{k=1}}^{{n}} k = \frac{{n(n+1)}}{{2}}$$ Prove this by induction.
            Why is 0.999... equal to 1?
            Typeset this matrix in LaTeX: rows (1, 2, 3) and (4, 5, 6).
            What is the difference between a permutation and a combination?
        """,
        "de": r"""
            Beweise, dass die Wurzel aus 2 irrational ist.
            Was ist die Ableitung von $f(x) = x^2 \sin x$? Zeig die Produktregel.
            Wie schreibe ich eine abschnittsweise definierte Funktion in LaTeX?
            Berechne $\int_0^1 x e^{{x}} \, dx$ mit partieller Integration.
            Erkläre Eigenwerte anschaulich an einem 2×2-Beispiel.
            In einem Beutel sind 5 rote und 3 blaue Kugeln. Wie groß ist die Wahrscheinlichkeit für zwei rote ohne Zurücklegen?
            $$\sum_{{k=1}}^{{n}} k = \frac{{n(n+1)}}{{2}}$$ Beweise das per Induktion.
            Warum ist 0,999... gleich 1?
        """,
        "fr": r"""
            Démontre que la racine carrée de 2 est irrationnelle.
            Quelle est la dérivée de $f(x) = x^2 \sin x$ ? Détaille la règle du produit.
            Comment écrire une fonction définie par morceaux en LaTeX ?
            Calcule $\int_0^1 x e^{{x}} \, dx$ par intégration par parties.
            Explique intuitivement les valeurs propres avec un exemple 2×2.
            Une urne contient 5 boules rouges et 3 bleues. Probabilité de tirer deux rouges sans remise ?
            $$\sum_{{k=1}}^{{n}} k = \frac{{n(n+1)}}{{2}}$$ Démontre-le par récurrence.
            Pourquoi 0,999... est-il égal à 1 ?
        """,
        "es": r"""
            Demuestra que la raíz cuadrada de 2 es irracional.
            ¿Cuál es la derivada de $f(x) = x^2 \sin x$? Explica la regla del producto.
            ¿Cómo escribo una función a trozos en LaTeX?
            Calcula $\int_0^1 x e^{{x}} \, dx$ por partes.
            Explica los valores propios de forma intuitiva con un ejemplo de 2×2.
            Una bolsa tiene 5 bolas rojas y 3 azules. ¿Probabilidad de sacar dos rojas sin reemplazo?
            $$\sum_{{k=1}}^{{n}} k = \frac{{n(n+1)}}{{2}}$$ Demuéstralo por inducción.
            ¿Por qué 0,999... es igual a 1?
        """,
    }),
    # --------------------------------------------------- public business text
    Family("job_posting", P, "train", min_sentences=4, max_sentences=14, header_share=0.8, text={
        "en": """
            ^Senior Backend Engineer (Python) – {city} or remote
            ^We're hiring: Customer Success Manager, EMEA
            {company} is growing and we are looking for an engineer to join our platform team.
            You will design and build APIs used by thousands of customers every day.
            What you bring: five years of experience with Python, PostgreSQL and cloud infrastructure.
            Nice to have: experience with Kubernetes, event streaming or open-source contributions.
            What we offer: a salary range of {amount} to {amount2}, 30 days of holiday and a yearly learning budget.
            We welcome applications from people of every background and adjust the interview process on request.
            Apply with your CV and a few lines on why the role interests you; no cover letter needed.
            The process: a 30-minute call, a take-home exercise, and a final conversation with the team.
            Rewrite this job ad so it sounds less corporate and more inclusive.
            Shorten this posting to fit a LinkedIn post.
            Hybrid working: two days a week in our {city} office, the rest wherever you like.
            Junior Data Analyst (12-month contract)↵↵About the role↵You will join a team of six analysts who turn public transport data into timetables, reports and open datasets. Most of your time will go into cleaning data, writing SQL and building dashboards that thousands of passengers and journalists use.↵↵What you'll do↵- Maintain the weekly ridership report and explain changes in plain language.↵- Build and test data pipelines in Python and SQL.↵- Answer data questions from colleagues and the public.↵↵What we're looking for↵- Comfortable with spreadsheets and at least some SQL or Python.↵- Curious, careful with numbers, and happy to ask questions.↵- A degree is not required; show us something you've analysed.↵↵What we offer↵- A starting salary of {amount}, flexible hours and 28 days of leave.↵- A mentor for your first six months and a training budget.↵↵Closing date: {date}. Interviews take place online the following week.
        """,
        "de": """
            ^Senior Backend-Entwickler:in (Python) – {city} oder remote
            ^Wir suchen: Customer Success Manager (m/w/d)
            {company} wächst, und wir suchen Verstärkung für unser Plattform-Team.
            Du entwickelst APIs, die täglich von tausenden Kunden genutzt werden.
            Das bringst du mit: mehrjährige Erfahrung mit Python, PostgreSQL und Cloud-Infrastruktur.
            Wir bieten: ein Gehalt zwischen {amount} und {amount2}, 30 Urlaubstage und ein Weiterbildungsbudget.
            Wir freuen uns über Bewerbungen unabhängig von Herkunft, Alter oder Geschlecht.
            Bewirb dich mit Lebenslauf und ein paar Zeilen zu deiner Motivation – ohne Anschreiben.
            Hybrides Arbeiten: zwei Tage pro Woche im Büro in {city}.
            Formuliere diese Stellenanzeige weniger steif und inklusiver.
        """,
        "fr": """
            ^Développeur·se backend senior (Python) – {city} ou télétravail
            ^Nous recrutons : Customer Success Manager
            {company} se développe et recherche un·e ingénieur·e pour son équipe plateforme.
            Vous concevrez des API utilisées chaque jour par des milliers de clients.
            Profil : au moins cinq ans d'expérience avec Python, PostgreSQL et le cloud.
            Nous offrons : une rémunération de {amount} à {amount2}, 30 jours de congés et un budget formation.
            Tous les profils sont les bienvenus ; nous adaptons le processus de recrutement sur demande.
            Envoyez votre CV et quelques lignes sur votre motivation.
            Rends cette offre d'emploi plus chaleureuse et plus inclusive.
            Le poste est basé à {city}, avec deux jours de télétravail par semaine.
            Le processus : un échange de 30 minutes, un exercice à la maison et un entretien avec l'équipe.
            Analyste de données junior (CDD de 12 mois)↵↵Le poste↵Vous rejoindrez une équipe de six analystes qui transforment les données de transport public en horaires, rapports et jeux de données ouverts.↵↵Vos missions↵- Tenir à jour le rapport hebdomadaire de fréquentation et en expliquer les évolutions simplement.↵- Construire et tester des chaînes de traitement en Python et SQL.↵- Répondre aux questions sur les données des collègues et du public.↵↵Profil recherché↵- À l'aise avec les tableurs et un peu de SQL ou de Python.↵- Curieux, rigoureux avec les chiffres.↵↵Ce que nous offrons↵- Un salaire de départ de {amount}, des horaires flexibles et un tutorat pendant six mois.↵↵Date limite de candidature : {date}.
        """,
        "es": """
            ^Ingeniero/a backend sénior (Python) – {city} o remoto
            ^Buscamos: Customer Success Manager
            {company} está creciendo y busca un/a ingeniero/a para su equipo de plataforma.
            Diseñarás APIs que usan miles de clientes cada día.
            Qué buscamos: cinco años de experiencia con Python, PostgreSQL e infraestructura en la nube.
            Ofrecemos: salario entre {amount} y {amount2}, 30 días de vacaciones y presupuesto de formación.
            Valoramos candidaturas de cualquier origen y adaptamos el proceso si lo necesitas.
            Envía tu CV y unas líneas sobre por qué te interesa el puesto.
            Reescribe esta oferta para que suene menos corporativa.
            Trabajo híbrido: dos días a la semana en la oficina de {city}.
            El proceso: una llamada de 30 minutos, un ejercicio práctico y una conversación final con el equipo.
        """,
        "nl": """
            ^Senior backend developer (Python) – {city} of remote
            ^Vacature: Customer Success Manager
            {company} groeit en zoekt een engineer voor het platformteam.
            Je bouwt API's die dagelijks door duizenden klanten worden gebruikt.
            Wat je meebrengt: vijf jaar ervaring met Python, PostgreSQL en cloudinfrastructuur.
            Wat wij bieden: een salaris tussen {amount} en {amount2}, 30 vakantiedagen en een opleidingsbudget.
            We verwelkomen sollicitaties van iedereen, ongeacht achtergrond.
            Solliciteer met je cv en een paar regels over je motivatie.
            Herschrijf deze vacaturetekst zodat hij minder stijf klinkt.
            Hybride werken: twee dagen per week op ons kantoor in {city}.
            De procedure: een belletje van 30 minuten, een thuisopdracht en een gesprek met het team.
        """,
    }),
    Family("press_release_earnings", P, "train", hard_negative=True, min_sentences=4, max_sentences=16,
           header_share=0.8, text={
        "en": """
            ^FOR IMMEDIATE RELEASE
            ^{company} reports third-quarter results
            {city}, {date} – {company} today announced financial results for the quarter ended 30 September.
            Revenue grew {pct} year over year to {amount}, driven by strong demand for subscriptions.
            Operating margin improved for the fourth consecutive quarter.
            The board has declared a quarterly dividend payable to shareholders of record on {date2}.
            During the quarter the company resolved a long-running patent lawsuit; the settlement was previously disclosed and had no material effect on results.
            As announced in March, the class action filed in {year} was dismissed and the matter is closed.
            "We are pleased with the momentum across all regions," said the chief executive officer.
            The company raises its full-year outlook and expects revenue growth of {pct2} to {pct3}.
            A conference call for investors will be webcast at 14:00 CET; a replay will be available on the investor relations site.
            This release contains forward-looking statements that involve risks and uncertainties.
            About {company}: founded in 1998, the company serves customers in more than {n} countries.
            Media contact: press office, available on the company website.
            Make this press release shorter and less jargon-heavy.
            {company} announces full-year results and a new share buyback↵↵{city}, {date} – {company} today reported results for the financial year. Revenue rose {pct} to {amount}, with growth in every region and a record fourth quarter. Recurring revenue now makes up more than two thirds of the total. Free cash flow more than doubled, helped by lower capital expenditure after the completion of the new distribution centre.↵↵The board proposes a dividend increase of {pct2} and has approved a share buyback programme of up to {amount2} over the next twelve months. The legal dispute with a former distributor, disclosed in last year's annual report, was settled in the second quarter; the settlement was fully provisioned and had no impact on this year's operating result.↵↵Outlook: for the coming year the company expects revenue growth in the mid single digits and a further improvement in operating margin. The annual report and the presentation for analysts are available on the investor relations website from 7:00 CET.
        """,
        "de": """
            ^PRESSEMITTEILUNG
            ^{company} legt Zahlen für das dritte Quartal vor
            {city}, {date} – {company} hat heute die Ergebnisse des dritten Quartals veröffentlicht.
            Der Umsatz stieg im Jahresvergleich um {pct} auf {amount}.
            Die operative Marge verbesserte sich zum vierten Mal in Folge.
            Im Quartal wurde ein langjähriger Patentstreit beigelegt; der bereits veröffentlichte Vergleich hatte keinen wesentlichen Einfluss auf das Ergebnis.
            Die {year} eingereichte Sammelklage wurde abgewiesen, das Verfahren ist abgeschlossen.
            „Wir sind mit der Entwicklung in allen Regionen zufrieden“, sagte der Vorstandsvorsitzende.
            Das Unternehmen hebt seine Prognose für das Gesamtjahr an.
            Die Telefonkonferenz für Investoren wird um 14 Uhr im Internet übertragen.
            Diese Mitteilung enthält zukunftsgerichtete Aussagen, die Risiken und Unsicherheiten unterliegen.
            {company} veröffentlicht Jahreszahlen und ein Aktienrückkaufprogramm↵↵{city}, {date} – {company} hat heute die Ergebnisse des Geschäftsjahres vorgelegt. Der Umsatz stieg um {pct} auf {amount}, mit Wachstum in allen Regionen und einem Rekordquartal zum Jahresende. Der freie Cashflow hat sich mehr als verdoppelt.↵↵Der Vorstand schlägt eine höhere Dividende vor und hat ein Aktienrückkaufprogramm über bis zu {amount2} beschlossen. Der im letzten Geschäftsbericht genannte Rechtsstreit mit einem früheren Vertriebspartner wurde im zweiten Quartal durch Vergleich beendet; der Betrag war vollständig zurückgestellt.↵↵Ausblick: Für das kommende Jahr erwartet das Unternehmen ein Umsatzwachstum im mittleren einstelligen Prozentbereich. Der Geschäftsbericht steht ab 7 Uhr auf der Investor-Relations-Seite bereit.
        """,
        "fr": """
            ^COMMUNIQUÉ DE PRESSE
            ^{company} publie ses résultats du troisième trimestre
            {city}, le {date} – {company} annonce aujourd'hui ses résultats du troisième trimestre.
            Le chiffre d'affaires progresse de {pct} sur un an pour atteindre {amount}.
            La marge opérationnelle s'améliore pour le quatrième trimestre consécutif.
            Au cours du trimestre, le groupe a clos un litige ancien en matière de brevets ; la transaction, déjà annoncée, n'a pas d'effet significatif sur les comptes.
            L'action collective introduite en {year} a été rejetée et la procédure est close.
            « Nous sommes satisfaits de la dynamique dans toutes nos régions », a déclaré le directeur général.
            Le groupe relève ses prévisions annuelles.
            Ce communiqué contient des déclarations prospectives comportant des risques et incertitudes.
        """,
        "es": """
            ^NOTA DE PRENSA
            ^{company} presenta sus resultados del tercer trimestre
            {city}, {date} – {company} ha publicado hoy sus resultados del tercer trimestre.
            Los ingresos crecieron un {pct} interanual hasta {amount}.
            El margen operativo mejoró por cuarto trimestre consecutivo.
            Durante el trimestre la compañía cerró un antiguo litigio de patentes; el acuerdo ya se había comunicado y no tuvo un efecto significativo.
            La demanda colectiva presentada en {year} fue desestimada y el asunto está cerrado.
            «Estamos satisfechos con la evolución en todas las regiones», afirmó el consejero delegado.
            La empresa eleva su previsión para el conjunto del año.
            Esta nota contiene previsiones sujetas a riesgos e incertidumbres.
        """,
        "nl": """
            ^PERSBERICHT
            ^{company} publiceert resultaten over het derde kwartaal
            {city}, {date} – {company} heeft vandaag de resultaten over het derde kwartaal bekendgemaakt.
            De omzet steeg met {pct} op jaarbasis tot {amount}.
            De operationele marge verbeterde voor het vierde kwartaal op rij.
            In het kwartaal is een langlopend octrooigeschil afgerond; de eerder gemelde schikking had geen wezenlijk effect op het resultaat.
            De in {year} aangespannen collectieve zaak is afgewezen en daarmee afgesloten.
            "We zijn tevreden over de ontwikkeling in alle regio's", aldus de bestuursvoorzitter.
            Het bedrijf verhoogt de verwachting voor het hele jaar.
            Dit bericht bevat toekomstgerichte uitspraken die onderhevig zijn aan risico's en onzekerheden.
            {company} presenteert jaarcijfers en een aandeleninkoopprogramma↵↵{city}, {date} – {company} heeft vandaag de resultaten over het boekjaar gepubliceerd. De omzet steeg met {pct} tot {amount}, met groei in alle regio's en een recordkwartaal aan het eind van het jaar. De vrije kasstroom is meer dan verdubbeld.↵↵De raad van bestuur stelt een hoger dividend voor en start een inkoopprogramma van maximaal {amount2}. Het geschil met een voormalige distributeur, vermeld in het vorige jaarverslag, is in het tweede kwartaal geschikt; het bedrag was volledig voorzien.↵↵Vooruitzichten: voor het komende jaar verwacht het bedrijf een omzetgroei van enkele procenten. Het jaarverslag staat vanaf 7.00 uur op de website voor beleggers.
        """,
    }),
    Family("product_faq_terms", P, "train", hard_negative=True, min_sentences=3, max_sentences=10, text={
        "en": """
            ^Frequently asked questions
            ^Terms of Service – excerpt
            How do I cancel my subscription? Go to Settings, then Billing, and choose "Cancel plan"; you keep access until the end of the period.
            Can I change my delivery address after ordering? Yes, until the parcel has been handed to the courier.
            What is your returns policy? Unused items can be returned within 30 days for a full refund.
            Is my data shared with third parties? We share data only with the processors listed in our privacy notice.
            You must keep your password confidential and tell us at once if you suspect misuse of your account.
            Each party shall treat the other party's confidential information with at least reasonable care.
            To the extent permitted by law, our total liability is limited to the fees paid in the twelve months before the claim.
            Any dispute arising from these terms shall be settled by the courts of the place where the customer resides.
            Nothing in these terms limits your statutory rights as a consumer.
            We may update these terms; we will notify you 30 days before changes take effect.
            Explain these terms of service in plain language for a customer help page.
            Which of these FAQ answers sound unfriendly? Rewrite them.
        """,
        "de": """
            ^Häufige Fragen
            ^Allgemeine Geschäftsbedingungen – Auszug
            Wie kündige ich mein Abo? Unter Einstellungen > Abrechnung auf „Tarif kündigen“ klicken; der Zugang bleibt bis zum Ende des Zeitraums.
            Kann ich die Lieferadresse nach der Bestellung ändern? Ja, solange das Paket noch nicht versandt ist.
            Wie lange habe ich ein Rückgaberecht? Unbenutzte Artikel können 30 Tage lang zurückgegeben werden.
            Sie sind verpflichtet, Ihr Passwort vertraulich zu behandeln und uns einen Missbrauch unverzüglich mitzuteilen.
            Unsere Haftung ist, soweit gesetzlich zulässig, auf die in den letzten zwölf Monaten gezahlten Entgelte begrenzt.
            Ihre gesetzlichen Rechte als Verbraucher bleiben unberührt.
            Änderungen dieser Bedingungen teilen wir Ihnen 30 Tage vor Inkrafttreten mit.
            Erkläre diese AGB in einfacher Sprache für eine Hilfeseite.
            Welche FAQ-Antworten klingen unfreundlich? Formuliere sie neu.
        """,
        "fr": """
            ^Questions fréquentes
            ^Conditions générales d'utilisation – extrait
            Comment résilier mon abonnement ? Rendez-vous dans Paramètres > Facturation et choisissez « Résilier » ; l'accès reste actif jusqu'à la fin de la période.
            Puis-je modifier l'adresse de livraison ? Oui, tant que le colis n'a pas été remis au transporteur.
            Quel est le délai de retour ? Les articles non utilisés peuvent être retournés sous 30 jours.
            Vous devez garder votre mot de passe confidentiel et nous signaler tout usage frauduleux.
            Dans les limites autorisées par la loi, notre responsabilité est plafonnée aux sommes versées au cours des douze derniers mois.
            Ces conditions ne limitent pas vos droits légaux de consommateur.
            Explique ces conditions générales en langage simple pour une page d'aide.
            Réécris les réponses de la FAQ qui paraissent trop sèches.
        """,
        "es": """
            ^Preguntas frecuentes
            ^Condiciones del servicio – extracto
            ¿Cómo cancelo mi suscripción? En Ajustes > Facturación, pulsa «Cancelar plan»; mantienes el acceso hasta el final del periodo.
            ¿Puedo cambiar la dirección de entrega? Sí, mientras el paquete no se haya entregado al transportista.
            ¿Cuál es el plazo de devolución? Los artículos sin usar se pueden devolver en 30 días.
            Debes mantener tu contraseña confidencial y avisarnos si sospechas un uso indebido.
            En la medida en que lo permita la ley, nuestra responsabilidad se limita a lo pagado en los últimos doce meses.
            Estas condiciones no limitan tus derechos como consumidor.
            Explica estas condiciones en lenguaje sencillo para una página de ayuda.
            Reescribe las respuestas de la FAQ que suenan bruscas.
        """,
    }),
    Family("conference_newsletter", P, "train", min_sentences=3, max_sentences=10, header_share=0.7, text={
        "en": """
            ^Talk abstract – Data Engineering Summit {year}
            ^Our monthly newsletter: what's new in {product}
            In this talk we show how a small team moved from nightly batch jobs to streaming, and what we would do differently.
            Attendees will learn three patterns for testing data pipelines and when each one is worth the effort.
            The speaker has maintained an open-source scheduler for six years and writes about reliability.
            Level: intermediate. Format: 30 minutes plus questions.
            This month: a redesigned mobile app, faster search, and a new integration with popular calendar tools.
            Join our free webinar on {topic} next Thursday; the recording will be sent to everyone who registers.
            Customer story: how a regional bakery chain cut its delivery planning time in half.
            Spring offer: 20% off annual plans until the end of the month.
            You are receiving this e-mail because you subscribed on our website; unsubscribe at any time with the link below.
            Make this abstract fit the 120-word limit of the call for papers.
            Suggest three subject lines for this newsletter.
        """,
        "de": """
            ^Vortragsabstract – Data Engineering Summit {year}
            ^Unser Newsletter: Neues aus {product}
            In diesem Vortrag zeigen wir, wie ein kleines Team von nächtlichen Batch-Jobs auf Streaming umgestiegen ist.
            Die Teilnehmenden lernen drei Muster zum Testen von Datenpipelines kennen.
            Niveau: fortgeschritten. Format: 30 Minuten plus Fragen.
            Diesen Monat: eine überarbeitete App, schnellere Suche und eine neue Kalenderintegration.
            Melden Sie sich zu unserem kostenlosen Webinar über {topic} an; die Aufzeichnung erhalten alle Angemeldeten.
            Kundengeschichte: wie eine Bäckereikette ihre Tourenplanung halbiert hat.
            Sie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben.
            Kürze den Abstract auf 120 Wörter.
        """,
        "fr": """
            ^Résumé de conférence – Data Engineering Summit {year}
            ^Notre lettre d'information : les nouveautés de {product}
            Dans cette présentation, nous montrons comment une petite équipe est passée des traitements nocturnes au streaming.
            Les participants découvriront trois façons de tester des pipelines de données.
            Niveau : intermédiaire. Format : 30 minutes et questions.
            Ce mois-ci : une application repensée, une recherche plus rapide et une intégration avec les agendas.
            Inscrivez-vous à notre webinaire gratuit sur {topic} ; l'enregistrement sera envoyé à tous les inscrits.
            Témoignage client : comment une chaîne de boulangeries a réduit de moitié sa planification des livraisons.
            Vous recevez cet e-mail car vous êtes inscrit sur notre site.
            Propose trois objets d'e-mail pour cette lettre d'information.
        """,
        "nl": """
            ^Samenvatting van de presentatie – Data Engineering Summit {year}
            ^Onze nieuwsbrief: nieuw in {product}
            In deze talk laten we zien hoe een klein team overstapte van nachtelijke batchjobs naar streaming.
            Deelnemers leren drie manieren om datapijplijnen te testen.
            Niveau: gevorderd. Vorm: 30 minuten plus vragen.
            Deze maand: een vernieuwde app, sneller zoeken en een koppeling met agenda's.
            Meld je aan voor ons gratis webinar over {topic}; iedereen die zich aanmeldt krijgt de opname.
            Klantverhaal: hoe een bakkerijketen de planning van leveringen halveerde.
            Je ontvangt deze e-mail omdat je je op onze website hebt aangemeld.
            Bedenk drie onderwerpregels voor deze nieuwsbrief.
        """,
    }),
    Family("statute_explainer", P, "train", hard_negative=True, min_sentences=3, max_sentences=14, text={
        "en": """
            Article 15 GDPR gives the data subject the right to obtain confirmation as to whether personal data concerning him or her are being processed.
            Under Article 17, personal data must be erased without undue delay where they are no longer necessary for the purposes for which they were collected.
            Article 33 requires the controller to notify a personal data breach to the supervisory authority within 72 hours where feasible.
            Explain the difference between a data controller and a data processor with two examples.
            Under EU consumer law, online purchases can usually be withdrawn from within 14 days without giving a reason.
            What does "legitimate interest" mean as a legal basis, in plain words?
            The Consumer Rights Act 2015 says goods must be of satisfactory quality, fit for purpose and as described.
            Professional secrecy protects communications between lawyers and clients; summarise how the EU courts have treated in-house lawyers.
            Write a one-page explainer for small shop owners on what the cookie rules require.
            Is a settlement agreement in an employment dispute binding if the employee did not take legal advice? Explain the general rule.
            Summarise the main obligations of the EU AI Act for providers of general-purpose models.
            Make a table of the GDPR data subject rights with the article numbers.
            Explainer: your rights when you buy online in the EU↵↵1. Information before you buy. The seller must tell you the total price including taxes and delivery, who they are and how to contact them, and how long the contract lasts.↵2. Fourteen days to change your mind. For most goods bought online you can withdraw within 14 days of delivery without giving a reason. The seller must refund you within 14 days of hearing from you, including the standard delivery cost.↵3. Exceptions. Made-to-measure items, sealed goods unsealed for hygiene reasons, and digital content you started downloading with your consent are usually excluded.↵4. Faulty goods. Independently of the withdrawal right, goods must conform to the contract for at least two years; the seller has to repair or replace them, or reduce the price.↵5. Disputes. If you cannot agree with the seller, you can turn to an alternative dispute resolution body or the European Consumer Centre in your country. Going to court is the last step, and small claims procedures keep it cheap.↵↵This explainer is general information, not legal advice for a particular case.
        """,
        "de": """
            Nach Art. 15 DSGVO hat die betroffene Person das Recht, eine Bestätigung darüber zu verlangen, ob sie betreffende personenbezogene Daten verarbeitet werden.
            Art. 17 DSGVO verlangt die unverzügliche Löschung, wenn die Daten für die Zwecke nicht mehr notwendig sind.
            Eine Datenpanne ist nach Art. 33 DSGVO möglichst binnen 72 Stunden der Aufsichtsbehörde zu melden.
            Erkläre den Unterschied zwischen Verantwortlichem und Auftragsverarbeiter mit zwei Beispielen.
            Beim Online-Kauf gilt in der Regel ein Widerrufsrecht von 14 Tagen ohne Angabe von Gründen (§ 355 BGB).
            Was bedeutet „berechtigtes Interesse“ als Rechtsgrundlage, einfach erklärt?
            Das Anwaltsgeheimnis schützt die Kommunikation zwischen Anwalt und Mandant; wie sieht die Rechtsprechung Syndikusanwälte?
            Schreib ein einseitiges Merkblatt für kleine Läden zu den Cookie-Regeln.
            Mach eine Tabelle der Betroffenenrechte der DSGVO mit den Artikelnummern.
            Merkblatt: Ihre Rechte beim Online-Kauf in der EU↵↵1. Informationen vor dem Kauf. Der Händler muss den Gesamtpreis mit Steuern und Versand, seine Identität und Kontaktdaten sowie die Vertragslaufzeit angeben.↵2. Vierzehn Tage Widerruf. Bei den meisten online gekauften Waren können Sie innerhalb von 14 Tagen nach Lieferung ohne Begründung widerrufen. Der Händler muss binnen 14 Tagen erstatten, einschließlich der Standardversandkosten.↵3. Ausnahmen. Maßanfertigungen, aus Hygienegründen versiegelte und geöffnete Waren sowie bereits heruntergeladene digitale Inhalte sind meist ausgenommen.↵4. Mängel. Unabhängig vom Widerruf gilt die gesetzliche Gewährleistung von zwei Jahren: Nachbesserung, Ersatz oder Minderung.↵5. Streitfälle. Bei Uneinigkeit helfen Schlichtungsstellen und das Europäische Verbraucherzentrum; der Gang zum Gericht ist der letzte Schritt.↵↵Dieses Merkblatt ist eine allgemeine Information und keine Rechtsberatung im Einzelfall.
        """,
        "fr": """
            L'article 15 du RGPD donne à la personne concernée le droit d'obtenir la confirmation que des données la concernant sont ou ne sont pas traitées.
            Selon l'article 17, les données doivent être effacées dans les meilleurs délais lorsqu'elles ne sont plus nécessaires.
            L'article 33 impose de notifier une violation de données à l'autorité de contrôle dans les 72 heures si possible.
            Explique la différence entre responsable de traitement et sous-traitant avec deux exemples.
            Pour un achat en ligne, le consommateur dispose en principe d'un délai de rétractation de 14 jours (Code de la consommation).
            Que signifie « intérêt légitime » comme base légale, en termes simples ?
            Le secret professionnel de l'avocat couvre ses échanges avec le client ; résume la position des juridictions européennes sur les juristes d'entreprise.
            Rédige une fiche d'une page pour les commerçants sur les règles relatives aux cookies.
            Fais un tableau des droits des personnes prévus par le RGPD avec les numéros d'articles.
            Fiche pratique : vos droits quand vous achetez en ligne dans l'UE↵↵1. Information avant l'achat. Le vendeur doit indiquer le prix total, taxes et livraison comprises, son identité, ses coordonnées et la durée du contrat.↵2. Quatorze jours pour changer d'avis. Pour la plupart des biens achetés en ligne, vous pouvez vous rétracter dans les 14 jours suivant la livraison sans motif. Le remboursement doit intervenir sous 14 jours, frais de livraison standard compris.↵3. Exceptions. Les biens sur mesure, les produits descellés pour des raisons d'hygiène et les contenus numériques déjà téléchargés sont en général exclus.↵4. Produits défectueux. La garantie légale de conformité de deux ans s'applique indépendamment du droit de rétractation.↵5. Litiges. En cas de désaccord, adressez-vous à un médiateur de la consommation ou au Centre européen des consommateurs.↵↵Cette fiche est une information générale et ne constitue pas un conseil juridique.
        """,
        "es": """
            El artículo 15 del RGPD reconoce al interesado el derecho a obtener confirmación de si se están tratando datos personales que le conciernen.
            Según el artículo 17, los datos deben suprimirse sin dilación cuando ya no sean necesarios.
            El artículo 33 obliga a notificar una brecha de datos a la autoridad de control en 72 horas si es posible.
            Explica la diferencia entre responsable y encargado del tratamiento con dos ejemplos.
            En las compras a distancia, el consumidor tiene en general 14 días para desistir sin dar explicaciones.
            ¿Qué significa «interés legítimo» como base jurídica, en palabras sencillas?
            El secreto profesional protege las comunicaciones entre abogado y cliente; resume cómo ha tratado la jurisprudencia europea a los abogados internos.
            Escribe una guía de una página para pequeños comercios sobre las cookies.
            Haz una tabla con los derechos del RGPD y sus artículos.
        """,
        "nl": """
            Artikel 15 AVG geeft de betrokkene het recht om uitsluitsel te krijgen over het al dan niet verwerken van hem betreffende persoonsgegevens.
            Volgens artikel 17 moeten gegevens zonder onredelijke vertraging worden gewist als ze niet langer nodig zijn.
            Een datalek moet op grond van artikel 33 zo mogelijk binnen 72 uur bij de toezichthouder worden gemeld.
            Leg het verschil uit tussen verwerkingsverantwoordelijke en verwerker, met twee voorbeelden.
            Bij online aankopen geldt meestal een bedenktijd van 14 dagen zonder opgave van redenen.
            Wat betekent "gerechtvaardigd belang" als grondslag, in gewone taal?
            Het verschoningsrecht beschermt de communicatie tussen advocaat en cliënt; vat samen hoe Europese rechters bedrijfsjuristen behandelen.
            Schrijf een informatieblad van één pagina voor winkeliers over de cookieregels.
            Maak een tabel van de rechten van betrokkenen onder de AVG met artikelnummers.
        """,
    }),
    # Everyday public text among the texts that calibrate the thresholds.
    Family("everyday_chat_dev", P, "dev", max_sentences=10, text={
        "en": """
            The weather is fine today, so we are thinking of a picnic by the river. Any ideas for food that travels well?
            Who won the Champions League final last year, and what was the score?
            Liverpool beat Chelsea 2–1 on Saturday; write a short match report for the club newsletter.
            It has rained for a week here. Suggest indoor activities for two kids aged 6 and 9.
            What's a good name for a grey rescue cat?
            Summarise today's main news about the Mars mission in simple words.
            Which board games are good for four adults who don't like long rules?
            Write a friendly message wishing my neighbour a quick recovery.
            Is it going to be a cold winter? What do the long-range forecasts say, in general?
            Recommend three podcasts about history for a long drive.
            My marathon time was 4:12. How does that compare with the average?
            Match report for the club website, please tidy it up:↵↵It was a game of two halves at the park on Saturday. The visitors started brightly and took the lead after twelve minutes with a low shot that skidded under our keeper. We struggled to keep the ball for most of the first half, and only a fine save just before the break kept it at one-nil.↵↵Whatever the coach said at half time worked. We pressed higher, won the ball back in midfield again and again, and equalised on the hour with a header from a corner. Ten minutes from time our substitute, on for barely five minutes, curled one into the top corner from the edge of the box. The last minutes were nervous, with two late corners for the visitors, but the defence held.↵↵Final score 2–1. Player of the match: our captain, who covered every blade of grass. Next week we travel to the league leaders, kick-off at 15:00; the supporters' coach leaves the clubhouse at 12:30.
            Give me a fun fact about octopuses.
        """,
        "de": """
            Das Wetter ist heute schön, wir planen ein Picknick am Fluss. Was lässt sich gut mitnehmen?
            Wer hat letztes Jahr das DFB-Pokalfinale gewonnen, und wie ging es aus?
            Der FC hat am Samstag 2:1 gewonnen – schreib einen kurzen Spielbericht für die Vereinszeitung.
            Hier regnet es seit einer Woche. Ideen für drinnen mit zwei Kindern (6 und 9)?
            Wie könnte ich meine graue Katze aus dem Tierheim nennen?
            Welche Brettspiele eignen sich für vier Erwachsene ohne lange Regeln?
            Schreib eine nette Nachricht mit Genesungswünschen für meine Nachbarin.
            Empfiehl mir drei Geschichtspodcasts für eine lange Autofahrt.
            Erzähl mir eine lustige Tatsache über Kraken.
        """,
        "fr": """
            Il fait beau aujourd'hui, on pense pique-niquer au bord de la rivière. Des idées de plats faciles à transporter ?
            Qui a gagné la finale de la Coupe de France l'an dernier, et sur quel score ?
            L'équipe a gagné 2 à 1 samedi ; écris un court compte rendu pour le journal du club.
            Il pleut depuis une semaine. Des activités d'intérieur pour deux enfants de 6 et 9 ans ?
            Quel nom donner à un chat gris adopté au refuge ?
            Quels jeux de société pour quatre adultes qui n'aiment pas les règles compliquées ?
            Écris un petit mot sympathique pour souhaiter un bon rétablissement à ma voisine.
            Recommande trois podcasts d'histoire pour un long trajet.
            Donne-moi une anecdote amusante sur les pieuvres.
        """,
        "es": """
            Hoy hace buen tiempo y queremos ir de picnic al río. ¿Qué comida se transporta bien?
            ¿Quién ganó la final de la Copa del Rey el año pasado y con qué resultado?
            El equipo ganó 2-1 el sábado; escribe una crónica corta para la web del club.
            Lleva una semana lloviendo. ¿Actividades en casa para dos niños de 6 y 9 años?
            ¿Qué nombre le pongo a un gato gris adoptado?
            ¿Qué juegos de mesa van bien para cuatro adultos que no quieren reglas largas?
            Escribe un mensaje amable deseando a mi vecina que se recupere pronto.
            Recomiéndame tres pódcasts de historia para un viaje largo.
            Cuéntame un dato curioso sobre los pulpos.
        """,
        "nl": """
            Het is mooi weer vandaag, we willen picknicken bij de rivier. Wat kun je goed meenemen?
            Wie won vorig jaar de bekerfinale, en wat was de uitslag?
            De club won zaterdag met 2-1; schrijf een kort wedstrijdverslag voor de clubkrant.
            Het regent hier al een week. Ideeën voor binnen met twee kinderen van 6 en 9?
            Hoe zal ik mijn grijze asielkat noemen?
            Welke bordspellen zijn leuk voor vier volwassenen die geen lange regels willen?
            Schrijf een lief berichtje voor mijn buurvrouw die ziek is.
            Raad me drie geschiedenispodcasts aan voor een lange autorit.
            Vertel me een leuk weetje over octopussen.
        """,
    }),
    Family("tech_config_dev", P, "dev", min_sentences=2, max_sentences=10, text={
        "en": _CONFIG_SNIPPETS + """
            Why does ruff ignore my line-length setting in pyproject.toml?
            How do I make this systemd service start after the network is really up?
            TypeScript complains "Cannot find module './utils.js'" with NodeNext. What does it expect?
            Write a cron expression that runs a job at 03:30 on weekdays.
            What is the difference between .gitignore and .git/info/exclude?
            My Makefile says "missing separator". What is wrong?
            How do I set an environment variable for one command only in bash?
            Convert this INI file to YAML.
        """,
        "de": _CONFIG_SNIPPETS + """
            Warum ignoriert ruff meine line-length in der pyproject.toml?
            Wie startet dieser systemd-Dienst erst, wenn das Netzwerk wirklich da ist?
            Schreib einen Cron-Ausdruck für 3:30 Uhr an Werktagen.
            Was ist der Unterschied zwischen .gitignore und .git/info/exclude?
            Mein Makefile meldet „missing separator“. Was ist falsch?
            Wie setze ich in bash eine Umgebungsvariable nur für einen Befehl?
        """,
        "fr": _CONFIG_SNIPPETS + """
            Pourquoi ruff ignore-t-il mon réglage line-length dans pyproject.toml ?
            Comment démarrer ce service systemd seulement quand le réseau est prêt ?
            Écris une expression cron pour 3 h 30 en semaine.
            Quelle différence entre .gitignore et .git/info/exclude ?
            Mon Makefile affiche « missing separator ». Qu'est-ce qui ne va pas ?
            Comment définir une variable d'environnement pour une seule commande en bash ?
        """,
        "nl": _CONFIG_SNIPPETS + """
            Waarom negeert ruff mijn line-length in pyproject.toml?
            Hoe laat ik deze systemd-service pas starten als het netwerk echt klaar is?
            Schrijf een cron-expressie voor 03:30 op werkdagen.
            Wat is het verschil tussen .gitignore en .git/info/exclude?
            Mijn Makefile zegt "missing separator". Wat gaat er mis?
            Hoe zet ik in bash een omgevingsvariabele voor maar één commando?
        """,
    }),
    # ---------------------------------------------------------------- internal
    Family("project_status_update", I, "train", min_sentences=4, max_sentences=16, header_share=0.7, text={
        "en": """
            ^Weekly status – checkout redesign (week {n})
            ^Sprint {n} retrospective
            ^Q3 OKRs – platform team (draft)
            Overall status: amber. The payment step is done; address validation slipped by a week.
            Done this week: new basket page behind a feature flag, load test at twice last year's peak.
            Next week: accessibility review with the design team and the first A/B test in two markets.
            Risk: the translation vendor needs the final copy by {date}, otherwise the French launch moves.
            Blocked: we are waiting for the staging database refresh from the infrastructure team.
            What went well: pairing on the flaky tests, shorter stand-ups, the new on-call handover note.
            What didn't: too many unplanned requests mid-sprint and unclear acceptance criteria on two stories.
            Actions: {first} to set up a request intake form; {first2} to add acceptance criteria to the ticket template.
            Objective 1: make deployments boring. KR1: lead time under one day. KR2: change failure rate below {pct}.
            Objective 2: halve support tickets about login. KR1: ship passwordless sign-in to all users.
            Velocity was {n2} points against a plan of {n3}; we carried two stories over.
            Turn these notes into a short update for the steering group, five bullet points at most.
            Rewrite the retro actions so each has an owner and a date.
            Status report – customer portal migration, month {n}↵↵Summary: green overall. The new login and the document area are live for all customers in the pilot region; the old portal is read-only there since {date}.↵↵Progress↵- Single sign-on: done, 99.9% of logins succeeded in the first week.↵- Document area: done; search is slower than planned on large folders, fix scheduled.↵- Notifications: in testing; e-mail templates waiting for final copy from marketing.↵- Data migration: 4 of 6 batches complete, the remaining two planned over the next fortnight.↵↵Risks and issues↵- The support team needs two more training sessions before the wider rollout.↵- Browser extension conflicts reported by a handful of users; a workaround is on the help page.↵↵Decisions needed↵- Go/no-go for region two at the steering meeting on {date2}.↵- Whether to keep the old portal read-only for three months or six.↵↵Next report in four weeks.
        """,
        "de": """
            ^Wochenstatus – Checkout-Redesign (KW {n})
            ^Retrospektive Sprint {n}
            ^OKRs Q3 – Plattform-Team (Entwurf)
            Gesamtstatus: gelb. Der Bezahlschritt ist fertig, die Adressprüfung verschiebt sich um eine Woche.
            Diese Woche erledigt: neue Warenkorbseite hinter Feature-Flag, Lasttest mit doppelter Spitzenlast.
            Nächste Woche: Barrierefreiheits-Review mit dem Design-Team und erster A/B-Test.
            Risiko: Die Übersetzungsagentur braucht die finalen Texte bis {date}.
            Blockiert: Wir warten auf den Refresh der Staging-Datenbank.
            Was gut lief: Pairing bei den wackeligen Tests, kürzere Stand-ups.
            Was nicht gut lief: zu viele ungeplante Anfragen mitten im Sprint.
            Maßnahmen: {first} richtet ein Anfrageformular ein; {first2} ergänzt Akzeptanzkriterien in der Ticketvorlage.
            Ziel 1: langweilige Deployments. KR1: Durchlaufzeit unter einem Tag.
            Mach daraus ein kurzes Update für den Lenkungskreis.
            Statusbericht – Migration Kundenportal, Monat {n}↵↵Zusammenfassung: insgesamt grün. Die neue Anmeldung und der Dokumentenbereich sind für alle Kunden der Pilotregion live; das alte Portal ist dort seit {date} schreibgeschützt.↵↵Fortschritt↵- Single Sign-on: fertig, 99,9 % erfolgreiche Anmeldungen in der ersten Woche.↵- Dokumentenbereich: fertig; die Suche ist bei großen Ordnern langsamer als geplant.↵- Benachrichtigungen: im Test; E-Mail-Vorlagen warten auf die finalen Texte.↵- Datenmigration: 4 von 6 Paketen erledigt.↵↵Risiken↵- Das Support-Team braucht vor dem breiten Rollout noch zwei Schulungen.↵↵Entscheidungen↵- Go/No-Go für Region zwei im Lenkungskreis am {date2}.↵↵Nächster Bericht in vier Wochen.
        """,
        "fr": """
            ^Point hebdomadaire – refonte du tunnel de commande (semaine {n})
            ^Rétrospective du sprint {n}
            ^OKR T3 – équipe plateforme (brouillon)
            État général : orange. L'étape de paiement est terminée ; la validation d'adresse a une semaine de retard.
            Fait cette semaine : nouvelle page panier derrière un feature flag, test de charge au double du pic.
            Semaine prochaine : revue d'accessibilité et premier test A/B sur deux marchés.
            Risque : le prestataire de traduction a besoin des textes définitifs avant le {date}.
            Bloqué : nous attendons le rafraîchissement de la base de recette.
            Ce qui a bien marché : le travail en binôme sur les tests instables.
            Ce qui a moins bien marché : trop de demandes imprévues en cours de sprint.
            Actions : {first} met en place un formulaire de demande ; {first2} complète le modèle de ticket.
            Objectif 1 : des déploiements sans surprise. RC1 : délai de mise en production inférieur à un jour.
            Transforme ces notes en point d'avancement pour le comité de pilotage.
        """,
        "es": """
            ^Estado semanal – rediseño del checkout (semana {n})
            ^Retrospectiva del sprint {n}
            ^OKR del T3 – equipo de plataforma (borrador)
            Estado general: ámbar. El paso de pago está listo; la validación de direcciones se retrasa una semana.
            Hecho esta semana: nueva página de cesta tras un feature flag y prueba de carga al doble del pico.
            La semana que viene: revisión de accesibilidad y primera prueba A/B.
            Riesgo: la agencia de traducción necesita los textos finales antes del {date}.
            Bloqueado: esperamos la actualización de la base de datos de preproducción.
            Qué fue bien: trabajar en pareja en los tests inestables.
            Qué no fue bien: demasiadas peticiones imprevistas a mitad de sprint.
            Acciones: {first} prepara un formulario de peticiones; {first2} añade criterios de aceptación a la plantilla.
            Objetivo 1: despliegues sin sobresaltos. KR1: tiempo de entrega inferior a un día.
            Convierte estas notas en una actualización breve para el comité.
            Informe de estado – migración del portal de clientes, mes {n}↵↵Resumen: verde en general. El nuevo acceso y el área de documentos están activos para todos los clientes de la región piloto; el portal antiguo es de solo lectura desde el {date}.↵↵Avances↵- Inicio de sesión único: terminado, 99,9 % de accesos correctos la primera semana.↵- Área de documentos: terminada; la búsqueda es lenta en carpetas grandes.↵- Notificaciones: en pruebas; faltan los textos finales de marketing.↵- Migración de datos: 4 de 6 lotes completados.↵↵Riesgos↵- El equipo de soporte necesita dos sesiones de formación más.↵↵Decisiones↵- Sí o no para la región dos en el comité del {date2}.↵↵Próximo informe en cuatro semanas.
        """,
        "nl": """
            ^Weekstatus – nieuwe checkout (week {n})
            ^Retrospective sprint {n}
            ^OKR's Q3 – platformteam (concept)
            Algemene status: oranje. De betaalstap is klaar; de adrescontrole loopt een week uit.
            Deze week gedaan: nieuwe winkelmandpagina achter een feature flag, loadtest op twee keer de piek.
            Volgende week: toegankelijkheidsreview en de eerste A/B-test.
            Risico: het vertaalbureau heeft de definitieve teksten voor {date} nodig.
            Geblokkeerd: we wachten op de verversing van de testdatabase.
            Wat ging goed: pair programming op de instabiele tests.
            Wat ging minder: te veel ongeplande verzoeken midden in de sprint.
            Acties: {first} maakt een aanvraagformulier; {first2} vult de ticketsjabloon aan.
            Doel 1: saaie deployments. KR1: doorlooptijd onder één dag.
            Maak hier een korte update van voor de stuurgroep.
        """,
    }),
    Family("agenda_office_logistics", I, "train", min_sentences=3, max_sentences=9, header_share=0.7, text={
        "en": """
            ^Agenda – team meeting, Thursday 10:00, room Atlas
            ^Office update for everyone in {city}
            1. Welcome and check-in (5 min)↵2. Roadmap update from product (15 min)↵3. Hiring plan for the second half (10 min)↵4. Any other business
            The kitchen on the second floor is closed for repairs until Friday; please use the one downstairs.
            Desk booking is now required on Mondays and Wednesdays because the whole department is in.
            The first-aid and fire-warden training runs on {date} from 9:00 to 12:30; sign up on the intranet.
            New starter induction sessions are every second Monday; managers should book them in the first week.
            Parking permits for next year can be requested through the facilities form until the end of the month.
            The offsite is confirmed: two days at a conference hotel outside {city}, travel booked by the events team.
            Please bring your laptop charger to the workshop; there will be no spare ones.
            Turn this into a friendly reminder for the team chat.
            Add timings to the agenda so it ends by 11:00.
        """,
        "de": """
            ^Agenda – Teammeeting, Donnerstag 10 Uhr, Raum Atlas
            ^Büro-Update für alle in {city}
            1. Begrüßung (5 Min.)↵2. Roadmap-Update aus dem Produkt (15 Min.)↵3. Einstellungsplanung zweites Halbjahr (10 Min.)↵4. Verschiedenes
            Die Küche im zweiten Stock ist bis Freitag wegen Reparaturen geschlossen.
            Montags und mittwochs ist die Schreibtischbuchung Pflicht, weil die ganze Abteilung da ist.
            Die Ersthelfer- und Brandschutzschulung findet am {date} von 9 bis 12:30 Uhr statt; Anmeldung im Intranet.
            Einführungstage für neue Kolleg:innen sind jeden zweiten Montag.
            Parkausweise für das nächste Jahr bitte bis Monatsende über das Facility-Formular beantragen.
            Mach daraus eine freundliche Erinnerung für den Team-Chat.
            Das Offsite ist bestätigt: zwei Tage in einem Tagungshotel außerhalb von {city}.
            Bitte bringt euer Laptop-Ladegerät zum Workshop mit.
        """,
        "fr": """
            ^Ordre du jour – réunion d'équipe, jeudi 10 h, salle Atlas
            ^Informations pratiques pour le site de {city}
            1. Accueil (5 min)↵2. Point feuille de route produit (15 min)↵3. Plan de recrutement du second semestre (10 min)↵4. Questions diverses
            La cuisine du deuxième étage est fermée pour travaux jusqu'à vendredi.
            La réservation de bureau devient obligatoire le lundi et le mercredi.
            La formation premiers secours et évacuation a lieu le {date} de 9 h à 12 h 30 ; inscription sur l'intranet.
            Les sessions d'accueil des nouveaux arrivants ont lieu un lundi sur deux.
            Les badges parking de l'an prochain se demandent via le formulaire des services généraux.
            Transforme ceci en rappel sympathique pour le canal de l'équipe.
            Le séminaire est confirmé : deux jours dans un hôtel près de {city}, transport organisé par l'équipe événements.
            Pensez à apporter le chargeur de votre ordinateur à l'atelier.
        """,
        "nl": """
            ^Agenda – teamoverleg, donderdag 10.00 uur, zaal Atlas
            ^Kantoorupdate voor iedereen in {city}
            1. Opening (5 min)↵2. Roadmap-update van product (15 min)↵3. Wervingsplan tweede helft (10 min)↵4. Rondvraag
            De keuken op de tweede verdieping is tot vrijdag dicht voor reparatie.
            Op maandag en woensdag moet je een bureau reserveren, omdat de hele afdeling er dan is.
            De BHV-training is op {date} van 9.00 tot 12.30 uur; aanmelden via intranet.
            Introductiedagen voor nieuwe collega's zijn om de maandag.
            Parkeervergunningen voor volgend jaar vraag je aan via het facilitaire formulier.
            Maak hier een vriendelijke herinnering van voor de teamchat.
            De heidag is bevestigd: twee dagen in een congreshotel buiten {city}.
            Neem je laptoplader mee naar de workshop; er zijn geen reserves.
        """,
    }),
    Family("internal_wiki_howto", I, "train", min_sentences=3, max_sentences=14, header_share=0.7, text={
        "en": """
            ^How to: request access to the staging environment
            ^Wiki: submitting travel expenses
            Open the IT self-service portal and choose "Access request", then "Staging".
            Your manager approves the request; access is usually granted within one working day.
            Staging data is refreshed every Sunday night, so anything you create there disappears on Monday.
            To submit expenses, photograph each receipt in the expenses app and assign it to the trip.
            Claims must be submitted within 60 days; the finance team pays them with the next monthly run.
            Hotels above the city limit in the travel policy need a line of justification.
            If the VPN client says "certificate expired", restart it once; if that fails, open a ticket with the service desk.
            Team drives are named after the cost centre; ask your team lead if you cannot see yours.
            This page is maintained by the workplace team; last reviewed in {year}.
            Rewrite this wiki page as a numbered checklist for new starters.
            Is anything missing from these instructions for someone on their first day?
            How to book a meeting room and the video kit↵↵1. Open the workplace app and pick the building and floor.↵2. Filter by size; rooms with a camera icon have the video kit installed.↵3. Book at most two weeks ahead; recurring bookings need approval from the office team.↵4. If you don't check in on the room panel within 10 minutes, the booking is released.↵5. For hybrid meetings, start the call from the room console, not from your laptop, to avoid echo.↵6. Leave the room as you found it: wipe the whiteboard, close the blinds, take your cups.↵↵Troubleshooting↵- Screen not detected: press the input button on the remote twice.↵- No sound: check that the ceiling microphone is selected in the call settings.↵- Still stuck: call the service desk extension shown on the panel.↵↵Owner: workplace team. Questions in the #office-help channel.
        """,
        "de": """
            ^Anleitung: Zugriff auf die Staging-Umgebung beantragen
            ^Wiki: Reisekosten abrechnen
            Im IT-Self-Service-Portal „Zugriffsanfrage“ und dann „Staging“ wählen.
            Die Führungskraft genehmigt die Anfrage; der Zugang steht meist innerhalb eines Arbeitstages.
            Die Staging-Daten werden jeden Sonntagabend neu geladen.
            Für die Reisekosten jeden Beleg in der Spesen-App fotografieren und der Reise zuordnen.
            Abrechnungen müssen innerhalb von 60 Tagen eingereicht werden.
            Hotels über dem Limit der Reiserichtlinie brauchen eine kurze Begründung.
            Meldet der VPN-Client „Zertifikat abgelaufen“, einmal neu starten, sonst ein Ticket beim Service Desk öffnen.
            Diese Seite pflegt das Workplace-Team; zuletzt geprüft {year}.
            Schreib diese Wiki-Seite als nummerierte Checkliste für neue Kolleg:innen um.
            So buchst du einen Besprechungsraum mit Videotechnik↵↵1. Workplace-App öffnen, Gebäude und Etage wählen.↵2. Nach Größe filtern; Räume mit Kamerasymbol haben Videotechnik.↵3. Höchstens zwei Wochen im Voraus buchen; Serienbuchungen genehmigt das Office-Team.↵4. Wer nicht innerhalb von 10 Minuten am Raumdisplay eincheckt, verliert die Buchung.↵5. Hybride Meetings über die Raumkonsole starten, nicht über den Laptop.↵6. Den Raum ordentlich verlassen: Whiteboard wischen, Tassen mitnehmen.↵↵Hilfe↵- Bildschirm wird nicht erkannt: zweimal die Eingangstaste der Fernbedienung drücken.↵- Kein Ton: in den Anrufeinstellungen das Deckenmikrofon wählen.↵↵Verantwortlich: Workplace-Team, Fragen im Kanal #office-help.
        """,
        "es": """
            ^Cómo solicitar acceso al entorno de preproducción
            ^Wiki: presentar gastos de viaje
            Abre el portal de autoservicio de TI y elige «Solicitud de acceso» y después «Preproducción».
            Tu responsable aprueba la solicitud; el acceso suele estar listo en un día laborable.
            Los datos de preproducción se recargan cada domingo por la noche.
            Para los gastos, fotografía cada recibo en la app de gastos y asígnalo al viaje.
            Los gastos deben presentarse en un plazo de 60 días.
            Los hoteles por encima del límite de la política de viajes necesitan una justificación.
            Si el cliente VPN indica «certificado caducado», reinícialo; si sigue fallando, abre una incidencia.
            Reescribe esta página como una lista numerada para personas recién incorporadas.
        """,
        "nl": """
            ^Zo vraag je toegang aan tot de stagingomgeving
            ^Wiki: reiskosten declareren
            Open het IT-selfserviceportaal en kies "Toegangsaanvraag" en daarna "Staging".
            Je leidinggevende keurt de aanvraag goed; meestal heb je binnen een werkdag toegang.
            De stagingdata worden elke zondagavond ververst.
            Maak voor je declaratie een foto van elk bonnetje in de declaratie-app en koppel het aan de reis.
            Declaraties moet je binnen 60 dagen indienen.
            Hotels boven de limiet uit het reisbeleid hebben een korte motivatie nodig.
            Zegt de VPN-client "certificaat verlopen", start hem dan één keer opnieuw; anders een ticket bij de servicedesk.
            Herschrijf deze wikipagina als genummerde checklist voor nieuwe collega's.
            Zo boek je een vergaderruimte met videoset↵↵1. Open de werkplekapp en kies het gebouw en de verdieping.↵2. Filter op grootte; ruimtes met een camera-icoon hebben een videoset.↵3. Boek maximaal twee weken vooruit; terugkerende boekingen moet het officeteam goedkeuren.↵4. Check je niet binnen 10 minuten in op het scherm bij de deur, dan vervalt de boeking.↵5. Start hybride overleggen vanaf de console in de ruimte, niet vanaf je laptop, om echo te voorkomen.↵6. Laat de ruimte netjes achter: whiteboard schoon, kopjes mee.↵↵Problemen↵- Scherm niet herkend: druk twee keer op de bronknop van de afstandsbediening.↵- Geen geluid: kies de plafondmicrofoon in de instellingen van het gesprek.↵↵Eigenaar: workplace-team. Vragen in het kanaal #office-help.
        """,
    }),
    Family("it_change_request", I, "train", min_sentences=3, max_sentences=9, header_share=0.7, text={
        "en": """
            ^Change request CHG-{n}{n2}: upgrade of the internal wiki server
            ^Planned maintenance – file shares
            Description: upgrade the wiki from version 7.{n} to 8.1 and move it to the new virtual host.
            Window: Saturday {date}, 22:00–02:00. Expected downtime: 45 minutes.
            Risk: medium. Plugins for the page tree may not be compatible; they were tested in staging.
            Rollback plan: restore the snapshot taken at 21:45 and switch the DNS alias back.
            Impact: the wiki is read-only during the window; no other services are affected.
            Approvals: service owner and change advisory board; communication to all staff on Friday.
            The file shares will be unavailable for about an hour while the storage firmware is updated.
            Please save and close any open documents on the shared drives before 18:00.
            Summarise this change request for the CAB meeting in three lines.
            Is the rollback plan complete? What would you add?
        """,
        "de": """
            ^Change Request CHG-{n}{n2}: Upgrade des internen Wiki-Servers
            ^Geplante Wartung – Netzlaufwerke
            Beschreibung: Upgrade des Wikis von Version 7.{n} auf 8.1 und Umzug auf den neuen virtuellen Host.
            Zeitfenster: Samstag, {date}, 22–2 Uhr. Erwartete Ausfallzeit: 45 Minuten.
            Risiko: mittel. Einige Plugins sind eventuell nicht kompatibel; in Staging getestet.
            Rückfallplan: Snapshot von 21:45 Uhr zurückspielen und den DNS-Alias zurücksetzen.
            Auswirkung: Das Wiki ist im Zeitfenster nur lesbar.
            Die Netzlaufwerke sind während des Firmware-Updates etwa eine Stunde nicht erreichbar.
            Fasse den Change für das CAB in drei Zeilen zusammen.
            Freigaben: Service Owner und Change Advisory Board; Info an alle Mitarbeitenden am Freitag.
            Ist der Rückfallplan vollständig? Was würdest du ergänzen?
        """,
        "fr": """
            ^Demande de changement CHG-{n}{n2} : mise à jour du serveur wiki interne
            ^Maintenance planifiée – partages de fichiers
            Description : passage du wiki de la version 7.{n} à la 8.1 et migration vers le nouvel hôte virtuel.
            Fenêtre : samedi {date}, de 22 h à 2 h. Interruption prévue : 45 minutes.
            Risque : moyen. Certains plugins pourraient être incompatibles ; testés en recette.
            Plan de retour arrière : restaurer l'instantané de 21 h 45 et rétablir l'alias DNS.
            Impact : le wiki est en lecture seule pendant la fenêtre.
            Les partages réseau seront indisponibles environ une heure pendant la mise à jour du stockage.
            Résume cette demande en trois lignes pour le comité des changements.
            Validations : responsable du service et comité des changements ; information à tout le personnel vendredi.
            Le plan de retour arrière est-il complet ? Qu'ajouterais-tu ?
        """,
        "es": """
            ^Solicitud de cambio CHG-{n}{n2}: actualización del servidor de la wiki interna
            ^Mantenimiento programado – carpetas compartidas
            Descripción: actualizar la wiki de la versión 7.{n} a la 8.1 y moverla al nuevo host virtual.
            Ventana: sábado {date}, de 22:00 a 02:00. Corte previsto: 45 minutos.
            Riesgo: medio. Algunos complementos podrían no ser compatibles; probados en preproducción.
            Plan de vuelta atrás: restaurar la instantánea de las 21:45 y devolver el alias DNS.
            Impacto: la wiki estará en solo lectura durante la ventana.
            Las carpetas compartidas no estarán disponibles durante una hora por la actualización del almacenamiento.
            Resume esta solicitud en tres líneas para el comité de cambios.
            Aprobaciones: responsable del servicio y comité de cambios; aviso a toda la plantilla el viernes.
            ¿Está completo el plan de vuelta atrás? ¿Qué añadirías?
        """,
    }),
    Family("internal_newsletter_dev", I, "dev", min_sentences=3, max_sentences=9, header_share=0.7, text={
        "en": """
            ^Inside {company} – the monthly staff newsletter
            ^Office supplies order – {city} site
            Welcome to the {n} colleagues who joined us this month across engineering, sales and support.
            The new canteen menu starts on Monday, with a vegetarian option every day.
            Congratulations to the support team for the best customer satisfaction score of the year.
            Reminder: the summer party is on the last Friday of June; partners are welcome.
            Order for the second floor: 40 A4 notebooks, 12 whiteboard marker sets, 6 packs of sticky notes, 2 desk lamps.
            Please use the approved supplier catalogue; orders over the team budget need the office manager's sign-off.
            Printer paper is now recycled by default; ask facilities if you need another grade.
            Make this newsletter item more upbeat.
            Check this order list against the budget of {amount} for the quarter.
            The bike shed behind building B now has charging points for e-bikes.
        """,
        "de": """
            ^Intern bei {company} – der monatliche Mitarbeiter-Newsletter
            ^Büromaterialbestellung – Standort {city}
            Herzlich willkommen den {n} neuen Kolleg:innen aus Entwicklung, Vertrieb und Support.
            Ab Montag gibt es in der Kantine jeden Tag ein vegetarisches Gericht.
            Glückwunsch an das Support-Team zur besten Kundenzufriedenheit des Jahres.
            Bestellung für den zweiten Stock: 40 Notizbücher A4, 12 Sets Whiteboard-Marker, 6 Packungen Haftnotizen.
            Bitte nur den freigegebenen Lieferantenkatalog nutzen; größere Bestellungen gibt die Büroleitung frei.
            Mach den Newsletter-Beitrag etwas fröhlicher.
            Erinnerung: Das Sommerfest ist am letzten Freitag im Juni, Partner:innen sind willkommen.
            Druckerpapier ist ab sofort standardmäßig Recyclingpapier.
            Prüfe diese Bestellliste gegen das Quartalsbudget von {amount}.
        """,
        "fr": """
            ^Les nouvelles de {company} – lettre interne mensuelle
            ^Commande de fournitures – site de {city}
            Bienvenue aux {n} collègues arrivés ce mois-ci en ingénierie, vente et support.
            Le nouveau menu de la cantine commence lundi, avec un plat végétarien chaque jour.
            Bravo à l'équipe support pour le meilleur score de satisfaction de l'année.
            Commande pour le deuxième étage : 40 cahiers A4, 12 lots de feutres, 6 paquets de notes adhésives.
            Merci d'utiliser le catalogue fournisseur validé ; au-delà du budget, accord de la responsable des services généraux.
            Rends cet article de la lettre interne plus enjoué.
            Rappel : la fête d'été a lieu le dernier vendredi de juin, conjoints bienvenus.
            Le papier d'imprimante est désormais recyclé par défaut.
            Vérifie cette commande par rapport au budget trimestriel de {amount}.
        """,
        "es": """
            ^Dentro de {company} – boletín interno mensual
            ^Pedido de material de oficina – sede de {city}
            Damos la bienvenida a los {n} compañeros que se han incorporado este mes.
            El nuevo menú del comedor empieza el lunes, con opción vegetariana cada día.
            Enhorabuena al equipo de soporte por la mejor satisfacción de clientes del año.
            Pedido para la segunda planta: 40 cuadernos A4, 12 juegos de rotuladores, 6 paquetes de notas adhesivas.
            Usad el catálogo de proveedores aprobado; los pedidos mayores necesitan el visto bueno de la oficina.
            Haz esta noticia del boletín más animada.
            Recordatorio: la fiesta de verano es el último viernes de junio; las parejas están invitadas.
            El papel de impresora pasa a ser reciclado por defecto.
            Comprueba este pedido frente al presupuesto trimestral de {amount}.
        """,
        "nl": """
            ^Binnen {company} – de maandelijkse personeelsnieuwsbrief
            ^Bestelling kantoorartikelen – vestiging {city}
            Welkom aan de {n} collega's die deze maand zijn begonnen bij engineering, sales en support.
            Het nieuwe menu in de kantine start maandag, elke dag met een vegetarische optie.
            Proficiat aan het supportteam met de beste klanttevredenheid van het jaar.
            Bestelling voor de tweede verdieping: 40 schriften A4, 12 sets whiteboardstiften, 6 pakjes memoblaadjes.
            Gebruik de goedgekeurde leverancierscatalogus; grotere bestellingen keurt de officemanager goed.
            Maak dit nieuwsbriefbericht wat vrolijker.
            Herinnering: het zomerfeest is op de laatste vrijdag van juni; partners zijn welkom.
            Printerpapier is voortaan standaard gerecycled.
            Controleer deze bestelling tegen het kwartaalbudget van {amount}.
        """,
    }),
    # -------------------------------- confidential and privileged, new registers
    # A code block or a table is not "public" by its shape: these hold real people's data
    # and counsel's advice. The data itself (a fixture, a table, an export) is the header,
    # so that every text carries it and no bare question is labelled confidential.
    Family("code_review_customer_record", C, "train", min_sentences=2, max_sentences=6, header_share=1.0, text={
        "en": """
            ^```python↵def test_invoice_for_existing_customer():↵    customer = Customer(name="{name}", email="{email}", phone="{phone}",↵                        address="{street}, {city}")↵    assert build_invoice(customer).total == 1240.50↵```
            ^```json↵{{"customer": {{"name": "{name}", "email": "{email}", "phone": "{phone}", "address": "{street}, {city}", "date_of_birth": "1984-03-{n}"}}}}↵```
            I copied this record from production to reproduce the bug; why does the parser choke on the phone number?
            Review this PR: the fixture is a real customer from last week's escalation, {name} at {street}.
            The failing row from the export: {name};{email};{phone};{street};{city};overdue 3 months
            Can you anonymise this test data before I commit it? It came straight from the support database.
            Stack trace shows the customer's e-mail {email} in the log message; how do I mask it?
            Why does the address line "{street}" break our postcode regex for this customer?
            Write a unit test using this customer's record, {name}, born 1984, account on hold for missed payments.
            Debug log: loaded profile for {name} ({email}), credit limit lowered after the dispute.
        """,
        "de": """
            ^```python↵def test_rechnung_bestandskunde():↵    kunde = Kunde(name="{name}", email="{email}", telefon="{phone}",↵                  adresse="{street}, {city}")↵    assert erstelle_rechnung(kunde).summe == 1240.50↵```
            ^```json↵{{"kunde": {{"name": "{name}", "email": "{email}", "telefon": "{phone}", "adresse": "{street}, {city}", "geburtsdatum": "1984-03-{n}"}}}}↵```
            Ich habe den Datensatz aus der Produktion kopiert, um den Fehler nachzustellen; warum scheitert der Parser an der Telefonnummer?
            Review bitte: Die Fixture ist ein echter Kunde aus der Eskalation letzte Woche, {name}, {street}.
            Die fehlerhafte Zeile aus dem Export: {name};{email};{phone};{street};{city};seit 3 Monaten im Verzug
            Kannst du die Testdaten anonymisieren, bevor ich sie committe? Sie kommen direkt aus der Support-Datenbank.
            Im Log steht die E-Mail {email} des Kunden; wie maskiere ich sie?
            Debug-Log: Profil von {name} ({email}) geladen, Kreditlimit nach der Reklamation gesenkt.
            Warum bricht die Adresszeile „{street}“ unseren Postleitzahl-Regex für diesen Kunden?
        """,
        "fr": """
            ^```python↵def test_facture_client_existant():↵    client = Client(nom="{name}", email="{email}", telephone="{phone}",↵                    adresse="{street}, {city}")↵    assert creer_facture(client).total == 1240.50↵```
            ^```json↵{{"client": {{"nom": "{name}", "email": "{email}", "telephone": "{phone}", "adresse": "{street}, {city}", "date_naissance": "1984-03-{n}"}}}}↵```
            J'ai copié cet enregistrement depuis la production pour reproduire le bug ; pourquoi le parseur bloque-t-il sur le numéro ?
            Relis cette PR : la fixture est un vrai client de l'escalade de la semaine dernière, {name}, {street}.
            La ligne en erreur dans l'export : {name};{email};{phone};{street};{city};impayé depuis 3 mois
            Peux-tu anonymiser ces données de test avant que je les commite ? Elles viennent de la base du support.
            Journal de débogage : profil de {name} ({email}) chargé, plafond de crédit réduit après la réclamation.
            La trace affiche l'e-mail du client {email} dans le message de log ; comment le masquer ?
            Pourquoi l'adresse « {street} » casse-t-elle notre regex de code postal pour ce client ?
        """,
        "nl": """
            ^```python↵def test_factuur_bestaande_klant():↵    klant = Klant(naam="{name}", email="{email}", telefoon="{phone}",↵                  adres="{street}, {city}")↵    assert maak_factuur(klant).totaal == 1240.50↵```
            ^```json↵{{"klant": {{"naam": "{name}", "email": "{email}", "telefoon": "{phone}", "adres": "{street}, {city}", "geboortedatum": "1984-03-{n}"}}}}↵```
            Ik heb dit record uit productie gekopieerd om de bug na te spelen; waarom struikelt de parser over het telefoonnummer?
            Review deze PR: de fixture is een echte klant uit de escalatie van vorige week, {name}, {street}.
            De foute regel uit de export: {name};{email};{phone};{street};{city};3 maanden achterstand
            Kun je deze testdata anonimiseren voor ik ze commit? Ze komen rechtstreeks uit de supportdatabase.
            Debuglog: profiel van {name} ({email}) geladen, kredietlimiet verlaagd na de klacht.
            In de stacktrace staat het e-mailadres {email} van de klant; hoe maskeer ik dat?
            Waarom breekt het adres "{street}" onze postcoderegex voor deze klant?
        """,
    }),
    Family("salary_spreadsheet", C, "train", min_sentences=1, max_sentences=4, header_share=1.0, text={
        "en": """
            ^employee,department,base_salary,bonus_pct,rating↵{name},Engineering,{amount},{pct},exceeds↵{name2},Sales,{amount2},{pct2},meets↵{name3},Support,{amount3},{pct3},below
            ^| Name | Role | Salary | Proposed raise |↵|---|---|---|---|↵| {name} | Team lead | {amount} | {pct} |↵| {name2} | Analyst | {amount2} | {pct2} |↵| {name3} | Designer | {amount3} | 0% (on improvement plan) |
            Here is the compensation sheet for my team before the salary review; who is furthest below the band midpoint?
            Sort these employees by bonus and flag anyone whose raise exceeds the {pct} budget.
            {name} earns {amount}; {name2} in the same role earns {amount2}. Draft a justification for closing the gap.
            Do not share outside HR: proposed salaries for next year, per person.
            Compute each person's new salary after the raise and the total cost for the department.
            Which of these people would be affected if we cap bonuses at {pct2}?
            Turn this payroll extract into a chart by department, but keep the names off the slide.
            Which of these salaries are below the new legal minimum for apprentices, if any?
        """,
        "de": """
            ^mitarbeiter,abteilung,grundgehalt,bonus_prozent,bewertung↵{name},Entwicklung,{amount},{pct},übertrifft↵{name2},Vertrieb,{amount2},{pct2},erfüllt↵{name3},Support,{amount3},{pct3},unter Erwartung
            ^| Name | Rolle | Gehalt | Vorgeschlagene Erhöhung |↵|---|---|---|---|↵| {name} | Teamleitung | {amount} | {pct} |↵| {name2} | Analyst | {amount2} | {pct2} |
            Hier die Gehaltsliste meines Teams vor der Gehaltsrunde; wer liegt am weitesten unter dem Bandmittelwert?
            Sortiere nach Bonus und markiere alle, deren Erhöhung das Budget von {pct} übersteigt.
            {name} verdient {amount}, {name2} in derselben Rolle {amount2}. Begründe, warum wir die Lücke schließen sollten.
            Nur für HR: die geplanten Gehälter für nächstes Jahr, pro Person.
            Berechne das neue Gehalt jeder Person und die Gesamtkosten für die Abteilung.
            Welche dieser Personen wären betroffen, wenn wir den Bonus auf {pct2} deckeln?
            Mach aus diesem Lohnauszug ein Diagramm pro Abteilung, aber ohne Namen auf der Folie.
        """,
        "fr": """
            ^salarie,service,salaire_base,prime_pct,evaluation↵{name},Ingénierie,{amount},{pct},dépasse↵{name2},Ventes,{amount2},{pct2},atteint↵{name3},Support,{amount3},{pct3},insuffisant
            ^| Nom | Poste | Salaire | Augmentation proposée |↵|---|---|---|---|↵| {name} | Responsable d'équipe | {amount} | {pct} |↵| {name2} | Analyste | {amount2} | {pct2} |
            Voici la grille de rémunération de mon équipe avant la revue salariale ; qui est le plus loin sous le milieu de fourchette ?
            Trie par prime et signale ceux dont l'augmentation dépasse l'enveloppe de {pct}.
            {name} gagne {amount}, {name2} au même poste {amount2}. Rédige une justification pour réduire l'écart.
            Réservé aux RH : salaires proposés pour l'an prochain, par personne.
            Calcule le nouveau salaire de chacun et le coût total pour le service.
            Qui serait concerné si nous plafonnons les primes à {pct2} ?
            Fais un graphique par service à partir de cet extrait de paie, sans les noms.
        """,
        "es": """
            ^empleado,departamento,salario_base,bonus_pct,evaluacion↵{name},Ingeniería,{amount},{pct},supera↵{name2},Ventas,{amount2},{pct2},cumple↵{name3},Soporte,{amount3},{pct3},por debajo
            ^| Nombre | Puesto | Salario | Subida propuesta |↵|---|---|---|---|↵| {name} | Jefe de equipo | {amount} | {pct} |↵| {name2} | Analista | {amount2} | {pct2} |
            Esta es la tabla salarial de mi equipo antes de la revisión; ¿quién está más por debajo del punto medio de la banda?
            Ordena por bonus y marca a quien supere el presupuesto de subida del {pct}.
            {name} cobra {amount} y {name2}, en el mismo puesto, {amount2}. Redacta una justificación para cerrar la diferencia.
            Solo para RR. HH.: salarios propuestos para el año que viene, por persona.
            Calcula el nuevo salario de cada persona y el coste total del departamento.
            ¿A quién afectaría limitar el bonus al {pct2}?
            Haz un gráfico por departamento con este extracto de nóminas, sin nombres en la diapositiva.
        """,
        "nl": """
            ^medewerker,afdeling,basissalaris,bonus_pct,beoordeling↵{name},Engineering,{amount},{pct},boven verwachting↵{name2},Sales,{amount2},{pct2},voldoet↵{name3},Support,{amount3},{pct3},onder verwachting
            ^| Naam | Functie | Salaris | Voorgestelde verhoging |↵|---|---|---|---|↵| {name} | Teamleider | {amount} | {pct} |↵| {name2} | Analist | {amount2} | {pct2} |
            Dit is het salarisoverzicht van mijn team voor de salarisronde; wie zit het verst onder het midden van de schaal?
            Sorteer op bonus en markeer iedereen wiens verhoging boven het budget van {pct} uitkomt.
            {name} verdient {amount}, {name2} in dezelfde functie {amount2}. Schrijf een onderbouwing om het verschil te dichten.
            Alleen voor HR: de voorgestelde salarissen voor volgend jaar, per persoon.
            Bereken het nieuwe salaris per persoon en de totale kosten voor de afdeling.
            Wie zou geraakt worden als we de bonus maximeren op {pct2}?
            Maak van dit salarisoverzicht een grafiek per afdeling, zonder namen op de slide.
        """,
    }),
    Family("hr_sheet_dev", C, "dev", min_sentences=1, max_sentences=4, header_share=1.0, text={
        "en": """
            ^name,team,sick_days_ytd,note↵{name},Warehouse,{n},back pain, phased return agreed↵{name2},Warehouse,{n2},stress-related absence↵{name3},Drivers,{n3},surgery in March
            ^| Employee | Manager | Rating | Flight risk |↵|---|---|---|---|↵| {name} | {first} | 2 – needs improvement | high |↵| {name2} | {first} | 4 – strong | low |
            Which of these people should HR contact first about their absences?
            Summarise the absence pattern for {name} before the return-to-work meeting.
            Draft talking points for the calibration meeting using these ratings.
            Keep this list within HR; it is for the attendance review.
            Highlight anyone with more than {n} sick days and note the reason we have on file.
            {name2} asked that the reason for the absence not be shared with the team; note that on the file.
            Which managers have the most people rated below expectations?
        """,
        "de": """
            ^name,team,krankheitstage,notiz↵{name},Lager,{n},Rückenprobleme, stufenweise Wiedereingliederung↵{name2},Lager,{n2},stressbedingter Ausfall↵{name3},Fahrer,{n3},Operation im März
            ^| Mitarbeiter | Führungskraft | Bewertung | Abwanderungsrisiko |↵|---|---|---|---|↵| {name} | {first} | 2 – Verbesserung nötig | hoch |↵| {name2} | {first} | 4 – stark | niedrig |
            Wen sollte die Personalabteilung wegen der Fehlzeiten zuerst ansprechen?
            Fasse das Fehlzeitenmuster von {name} vor dem Rückkehrgespräch zusammen.
            Bereite Gesprächspunkte für die Kalibrierungsrunde mit diesen Bewertungen vor.
            Diese Liste bleibt in der Personalabteilung.
            Markiere alle mit mehr als {n} Krankheitstagen und den hinterlegten Grund.
            {name2} hat gebeten, den Grund der Abwesenheit nicht im Team zu teilen.
            Welche Führungskräfte haben die meisten Bewertungen unter Erwartung?
        """,
        "es": """
            ^nombre,equipo,dias_baja,nota↵{name},Almacén,{n},problemas de espalda, reincorporación gradual↵{name2},Almacén,{n2},baja por estrés↵{name3},Conductores,{n3},operación en marzo
            ^| Empleado | Responsable | Evaluación | Riesgo de salida |↵|---|---|---|---|↵| {name} | {first} | 2 – debe mejorar | alto |↵| {name2} | {first} | 4 – destacado | bajo |
            ¿A quién debería llamar primero RR. HH. por sus ausencias?
            Resume el patrón de bajas de {name} antes de la reunión de reincorporación.
            Prepara puntos para la reunión de calibración con estas evaluaciones.
            Esta lista no sale de RR. HH.
            Marca a quien tenga más de {n} días de baja y el motivo que consta.
            {name2} pidió que el motivo de la baja no se comparta con el equipo.
            ¿Qué responsables tienen más personas por debajo de lo esperado?
        """,
        "nl": """
            ^naam,team,ziektedagen,notitie↵{name},Magazijn,{n},rugklachten, re-integratie in stappen↵{name2},Magazijn,{n2},uitval door stress↵{name3},Chauffeurs,{n3},operatie in maart
            ^| Medewerker | Leidinggevende | Beoordeling | Vertrekrisico |↵|---|---|---|---|↵| {name} | {first} | 2 – moet beter | hoog |↵| {name2} | {first} | 4 – sterk | laag |
            Wie moet HR als eerste benaderen over het verzuim?
            Vat het verzuimpatroon van {name} samen voor het terugkeergesprek.
            Maak gesprekspunten voor de kalibratiesessie met deze beoordelingen.
            Deze lijst blijft binnen HR.
            Markeer iedereen met meer dan {n} ziektedagen en de reden die we hebben vastgelegd.
            {name2} heeft gevraagd de reden van het verzuim niet met het team te delen.
            Welke leidinggevenden hebben de meeste medewerkers onder verwachting?
        """,
    }),
    Family("customer_export_cleanup", C, "train", min_sentences=1, max_sentences=5, header_share=1.0, text={
        "en": """
            ^customer_id,full_name,email,phone,street,city,balance_overdue↵C-{n}01,{name},{email},{phone},{street},{city},{amount}↵C-{n}02,{name2},{email2},{phone2},{street2},{city},0↵C-{n}03,{name3},{email3},{phone3},{street3},{city},{amount2}
            ^[{{"name": "{name}", "email": "{email}", "phone": "{phone}", "city": "{city}", "notes": "asked for a payment plan after losing job"}}, {{"name": "{name2}", "email": "{email2}", "phone": "{phone2}", "city": "{city}", "notes": "VIP, complained twice"}}]
            Deduplicate this customer export: some people appear twice with different phone formats.
            Write pandas code that merges this list with last month's file on the e-mail column.
            Which of these customers should the collections team call first?
            Normalise the phone numbers to E.164 and keep everything else as is.
            This is the list from the CRM for the mailing; remove anyone with an overdue balance.
            Split the full name into first and last name columns.
            Draft a personalised reminder for each customer with an overdue balance, using their first name.
        """,
        "de": """
            ^kunden_id,name,email,telefon,strasse,ort,offener_betrag↵K-{n}01,{name},{email},{phone},{street},{city},{amount}↵K-{n}02,{name2},{email2},{phone2},{street2},{city},0↵K-{n}03,{name3},{email3},{phone3},{street3},{city},{amount2}
            ^[{{"name": "{name}", "email": "{email}", "telefon": "{phone}", "ort": "{city}", "notiz": "bittet nach Jobverlust um Ratenzahlung"}}, {{"name": "{name2}", "email": "{email2}", "telefon": "{phone2}", "ort": "{city}", "notiz": "VIP, zweimal beschwert"}}]
            Entferne Dubletten aus diesem Kundenexport, manche stehen mit unterschiedlichen Telefonformaten doppelt drin.
            Schreib pandas-Code, der die Liste über die E-Mail-Spalte mit der Datei vom Vormonat zusammenführt.
            Welche dieser Kunden sollte das Inkasso-Team zuerst anrufen?
            Bring die Telefonnummern ins E.164-Format, den Rest unverändert lassen.
            Das ist die Liste aus dem CRM für das Mailing; nimm alle mit offenem Betrag heraus.
            Formuliere für jeden Kunden mit offenem Betrag eine persönliche Erinnerung mit Vornamen.
        """,
        "fr": """
            ^id_client,nom,email,telephone,rue,ville,impaye↵C-{n}01,{name},{email},{phone},{street},{city},{amount}↵C-{n}02,{name2},{email2},{phone2},{street2},{city},0↵C-{n}03,{name3},{email3},{phone3},{street3},{city},{amount2}
            ^[{{"nom": "{name}", "email": "{email}", "telephone": "{phone}", "ville": "{city}", "note": "demande un échéancier après une perte d'emploi"}}, {{"nom": "{name2}", "email": "{email2}", "telephone": "{phone2}", "ville": "{city}", "note": "client VIP, deux réclamations"}}]
            Supprime les doublons de cet export clients : certains apparaissent deux fois avec des formats de téléphone différents.
            Écris du code pandas qui fusionne cette liste avec le fichier du mois dernier sur la colonne e-mail.
            Quels clients le service recouvrement doit-il appeler en premier ?
            Normalise les numéros au format E.164 sans toucher au reste.
            C'est la liste du CRM pour l'envoi ; retire les clients qui ont un impayé.
            Rédige une relance personnalisée pour chaque client en impayé, avec son prénom.
        """,
        "es": """
            ^id_cliente,nombre,email,telefono,calle,ciudad,saldo_vencido↵C-{n}01,{name},{email},{phone},{street},{city},{amount}↵C-{n}02,{name2},{email2},{phone2},{street2},{city},0↵C-{n}03,{name3},{email3},{phone3},{street3},{city},{amount2}
            ^[{{"nombre": "{name}", "email": "{email}", "telefono": "{phone}", "ciudad": "{city}", "nota": "pide aplazamiento tras perder el empleo"}}, {{"nombre": "{name2}", "email": "{email2}", "telefono": "{phone2}", "ciudad": "{city}", "nota": "VIP, se ha quejado dos veces"}}]
            Quita los duplicados de esta exportación de clientes: algunos aparecen dos veces con teléfonos en distinto formato.
            Escribe código pandas que una esta lista con el fichero del mes pasado por la columna email.
            ¿A qué clientes debería llamar primero el equipo de cobros?
            Normaliza los teléfonos a E.164 y deja el resto igual.
            Es la lista del CRM para el envío; quita a quien tenga saldo vencido.
            Redacta un recordatorio personalizado para cada cliente con saldo vencido, con su nombre.
        """,
        "nl": """
            ^klant_id,naam,email,telefoon,straat,plaats,achterstand↵K-{n}01,{name},{email},{phone},{street},{city},{amount}↵K-{n}02,{name2},{email2},{phone2},{street2},{city},0↵K-{n}03,{name3},{email3},{phone3},{street3},{city},{amount2}
            ^[{{"naam": "{name}", "email": "{email}", "telefoon": "{phone}", "plaats": "{city}", "notitie": "vraagt betalingsregeling na baanverlies"}}, {{"naam": "{name2}", "email": "{email2}", "telefoon": "{phone2}", "plaats": "{city}", "notitie": "VIP, twee keer geklaagd"}}]
            Haal de dubbele regels uit deze klantexport; sommige mensen staan er twee keer in met een ander telefoonformaat.
            Schrijf pandas-code die deze lijst op de e-mailkolom koppelt aan het bestand van vorige maand.
            Welke klanten moet het incassoteam als eerste bellen?
            Zet de telefoonnummers om naar E.164 en laat de rest staan.
            Dit is de lijst uit het CRM voor de mailing; haal iedereen met een achterstand eruit.
            Schrijf voor elke klant met een achterstand een persoonlijke herinnering met de voornaam.
        """,
    }),
    # The same register as `press_release_earnings`, before publication: inside information.
    Family("results_before_release", C, "train", min_sentences=2, max_sentences=8, header_share=0.7, text={
        "en": """
            ^DRAFT – embargoed until the results announcement – do not forward
            ^Board pack: preliminary Q3 figures
            Preliminary revenue for the quarter is {amount}, {pct} below the consensus the analysts expect; the market does not know yet.
            We will lower the full-year guidance on {date}; until then only the disclosure committee is aware.
            | Metric | Q3 actual (unaudited) | Guidance |↵|---|---|---|↵| Revenue | {amount} | {amount2} |↵| Operating margin | 8.1% | 11% |↵| Net cash | {amount3} | – |
            The acquisition of {company} is agreed in principle at {amount2}; announcement planned with the results.
            Insider list updated: finance, investor relations and the two board members on the audit committee.
            Rewrite the CEO statement so that the profit warning sounds measured, for the release on {date}.
            Check these unaudited numbers add up before they go to the audit committee tomorrow.
            The restructuring will cut {n} roles in {city}; works council and staff are told only after the announcement.
        """,
        "de": """
            ^ENTWURF – Sperrfrist bis zur Veröffentlichung der Zahlen – nicht weiterleiten
            Der vorläufige Quartalsumsatz liegt bei {amount}, {pct} unter der Analystenerwartung; der Markt weiß es noch nicht.
            Am {date} senken wir die Jahresprognose; bis dahin weiß nur das Offenlegungskomitee davon.
            | Kennzahl | Q3 Ist (ungeprüft) | Prognose |↵|---|---|---|↵| Umsatz | {amount} | {amount2} |↵| EBIT-Marge | 8,1 % | 11 % |
            Die Übernahme von {company} ist grundsätzlich zu {amount2} vereinbart; Bekanntgabe mit den Zahlen.
            Insiderliste aktualisiert: Finanzen, Investor Relations und der Prüfungsausschuss.
            Formuliere das Vorstandszitat so, dass die Gewinnwarnung sachlich klingt.
            Der Umbau streicht {n} Stellen in {city}; Betriebsrat und Belegschaft erfahren es erst nach der Meldung.
            Prüfe, ob die ungeprüften Zahlen aufgehen, bevor sie morgen an den Prüfungsausschuss gehen.
        """,
        "fr": """
            ^PROJET – sous embargo jusqu'à la publication des résultats – ne pas transférer
            Le chiffre d'affaires provisoire du trimestre est de {amount}, {pct} sous le consensus ; le marché ne le sait pas encore.
            Nous abaisserons les prévisions annuelles le {date} ; d'ici là, seul le comité d'information est au courant.
            | Indicateur | T3 réel (non audité) | Prévision |↵|---|---|---|↵| Chiffre d'affaires | {amount} | {amount2} |↵| Marge opérationnelle | 8,1 % | 11 % |
            L'acquisition de {company} est convenue sur le principe à {amount2} ; annonce prévue avec les résultats.
            Liste d'initiés mise à jour : finance, relations investisseurs et comité d'audit.
            Réécris la citation du PDG pour que l'avertissement sur résultats paraisse mesuré.
            La restructuration supprimera {n} postes à {city} ; le CSE ne sera informé qu'après l'annonce.
            Vérifie que ces chiffres non audités sont cohérents avant le comité d'audit de demain.
        """,
        "nl": """
            ^CONCEPT – onder embargo tot de publicatie van de cijfers – niet doorsturen
            De voorlopige kwartaalomzet is {amount}, {pct} onder de verwachting van analisten; de markt weet het nog niet.
            Op {date} verlagen we de jaarprognose; tot die tijd weet alleen het disclosure-comité ervan.
            | Kengetal | Q3 werkelijk (ongecontroleerd) | Prognose |↵|---|---|---|↵| Omzet | {amount} | {amount2} |↵| Operationele marge | 8,1% | 11% |
            De overname van {company} is in principe rond voor {amount2}; aankondiging samen met de cijfers.
            Insiderlijst bijgewerkt: financiën, investor relations en de auditcommissie.
            Herschrijf het citaat van de CEO zodat de winstwaarschuwing gematigd klinkt.
            De reorganisatie schrapt {n} banen in {city}; de ondernemingsraad hoort het pas na de aankondiging.
            Controleer of deze ongecontroleerde cijfers kloppen voordat ze morgen naar de auditcommissie gaan.
        """,
    }),
    Family("counsel_review_comments", X, "train", min_sentences=2, max_sentences=8, text={
        "en": """
            Review comment from Legal on docs/faq.md, line {n}: please remove "we have never lost customer data". With the claim from {company} pending, that sentence could be quoted back at us.
            Legal (in-house counsel), on the pull request: the new licence header conflicts with the GPL component we ship. My advice is to hold the release until we have replaced it; the exposure if the copyright holder sues is real.
            Counsel's note on the changelog: do not describe the fix as "security breach resolved". Say "improved input validation" until the regulator notification question is settled.
            > We should refund everyone affected.↵Legal: not in writing yet. A blanket refund offer could be read as admitting liability in the dispute; let me advise on wording first.
            Blocking this merge on legal grounds: the dataset in tests/fixtures came from the customer under the contract that is now in arbitration, and our right to use it is exactly what is disputed.
            As your lawyer: the terms-of-service change is fine on its own, but releasing it during the class action looks like an attempt to bind the class. Wait until counsel for the other side has been told.
            Please don't resolve this thread; I want the record of the legal advice kept out of the public issue tracker.
            Summarise Legal's review comments for the team without pasting them into the public repository.
        """,
        "de": """
            Review-Kommentar der Rechtsabteilung zu docs/faq.md, Zeile {n}: Bitte „wir haben nie Kundendaten verloren“ streichen. Solange die Forderung von {company} offen ist, könnte man uns den Satz vorhalten.
            Rechtsabteilung zum Pull Request: Der neue Lizenz-Header kollidiert mit der GPL-Komponente, die wir ausliefern. Mein Rat: Release zurückhalten, bis sie ersetzt ist; das Klagerisiko ist real.
            Anmerkung der Syndikusanwältin zum Changelog: den Fix nicht als „Sicherheitsvorfall behoben“ beschreiben, solange die Meldepflicht gegenüber der Behörde nicht geklärt ist.
            Merge aus rechtlichen Gründen blockiert: Die Testdaten stammen vom Kunden aus dem Vertrag, über den gerade das Schiedsverfahren läuft.
            Als eure Anwältin: Die AGB-Änderung während der Sammelklage zu veröffentlichen, wirkt wie ein Versuch, die Klägergruppe zu binden. Bitte warten.
            Bitte den Thread nicht auflösen; die Rechtsberatung soll nicht im öffentlichen Issue-Tracker landen.
            Fasse die Kommentare der Rechtsabteilung für das Team zusammen, ohne sie ins öffentliche Repository zu kopieren.
            Eine pauschale Erstattung bitte noch nicht schriftlich anbieten; das könnte im Streit als Anerkenntnis gelten.
        """,
        "fr": """
            Commentaire du juridique sur docs/faq.md, ligne {n} : supprimez « nous n'avons jamais perdu de données clients ». Tant que la réclamation de {company} est pendante, cette phrase pourrait nous être opposée.
            Juridique, sur la pull request : le nouvel en-tête de licence est incompatible avec le composant GPL que nous distribuons. Je conseille de bloquer la version jusqu'à son remplacement.
            Note de la juriste sur le changelog : ne parlez pas de « faille de sécurité corrigée » tant que la question de la notification à la CNIL n'est pas tranchée.
            Fusion bloquée pour raison juridique : les données de test viennent du client dont le contrat est en arbitrage.
            En tant qu'avocate de l'entreprise : publier la modification des CGU pendant l'action collective ressemblerait à une tentative de lier le groupe. Attendez.
            Merci de ne pas clore ce fil ; l'avis juridique ne doit pas apparaître dans le suivi public.
            Résume les commentaires du juridique pour l'équipe sans les copier dans le dépôt public.
            Pas d'offre de remboursement générale par écrit pour l'instant : elle pourrait valoir reconnaissance de responsabilité.
        """,
        "nl": """
            Reviewcommentaar van Legal op docs/faq.md, regel {n}: haal "we zijn nooit klantdata kwijtgeraakt" weg. Zolang de claim van {company} loopt, kan die zin tegen ons worden gebruikt.
            Legal over de pull request: de nieuwe licentieheader botst met het GPL-onderdeel dat we meeleveren. Mijn advies: release tegenhouden tot het vervangen is.
            Opmerking van de bedrijfsjurist bij de changelog: noem de fix geen "opgelost datalek" zolang de meldplicht bij de AP niet is uitgezocht.
            Merge geblokkeerd om juridische redenen: de testdata komen van de klant wiens contract nu in arbitrage is.
            Als jullie advocaat: de wijziging van de voorwaarden publiceren tijdens de collectieve actie lijkt op een poging de groep te binden. Wacht daarmee.
            Sluit deze thread niet; het juridisch advies hoort niet in de openbare issuetracker.
            Vat de opmerkingen van Legal samen voor het team zonder ze in de openbare repository te plakken.
            Nog geen algemene terugbetaling schriftelijk aanbieden; dat kan in het geschil als erkenning gelden.
        """,
    }),
    Family("counsel_chat_thread", X, "train", min_sentences=2, max_sentences=10, text={
        "en": """
            [09:12] {first}: {company} says our delivery was late and wants the penalty under clause 9. Do we just pay?
            [09:20] {first2} (Legal): Don't pay or admit anything yet. From what I've seen, the delay was caused by their late sign-off, which suspends our deadline.
            [09:21] {first2} (Legal): Please don't discuss this in the customer channel; keep it in this thread so it stays between us and legal.
            My view as counsel: our exposure is capped at {amount}, but only if we gave notice of the delay in writing. Did we?
            If we go to mediation I would open at half of their claim; a court would likely split the fault.
            Can you send me the e-mails from March? I need to check whether the change request waived the penalty.
            {first2} (in-house counsel): I'd advise against the goodwill credit note: it could be read as accepting liability.
            Legal's advice: reply only that we are reviewing the claim; I'll draft the letter myself.
            Our chances of defeating the penalty are decent, maybe 60/40, but the documentation on acceptance is thin.
            Summarise the lawyer's advice in this thread for the account director, without forwarding the thread itself.
            [14:02] {first}: Heads-up, {company} just sent a letter before action about the data migration. They say we corrupted their order history and want {amount}.↵[14:05] {first2} (Legal): Thanks. Please don't reply to them and don't forward the letter around. I'm handling this as counsel, so keep the discussion in this channel.↵[14:07] {first}: Ok. For what it's worth, the corruption came from their export file, we have the logs.↵[14:15] {first2} (Legal): That's helpful. My initial view: if the logs show the file was malformed on arrival, their claim is weak on causation. But our statement of work says we 'validate all inputs', which they will lean on. I'd put our risk at moderate.↵[14:16] {first2} (Legal): Can you preserve the logs and the import scripts as they are today? Don't tidy anything up.↵[14:20] {first}: Will do. Should we offer to fix the data for free?↵[14:24] {first2} (Legal): Not yet. An offer now could look like an admission. Let me draft a holding response; we can discuss a commercial gesture once I've reviewed the contract with outside counsel.↵↵Summarise the lawyer's position in three bullets for my manager.
        """,
        "de": """
            [09:12] {first}: {company} sagt, wir hätten zu spät geliefert, und will die Vertragsstrafe aus Ziffer 9. Zahlen wir einfach?
            [09:20] {first2} (Rechtsabteilung): Bitte noch nichts zahlen und nichts einräumen. Die Verzögerung lag an ihrer späten Freigabe, das hemmt unsere Frist.
            [09:21] {first2} (Rechtsabteilung): Bitte nicht im Kundenkanal diskutieren, nur hier im Thread mit uns.
            Meine Einschätzung als Syndikusanwältin: unser Risiko ist auf {amount} begrenzt, aber nur, wenn wir den Verzug schriftlich angezeigt haben.
            In einer Mediation würde ich mit der Hälfte ihrer Forderung einsteigen; ein Gericht würde das Verschulden wohl teilen.
            Von einer Kulanzgutschrift rate ich ab: Sie könnte als Anerkenntnis gewertet werden.
            Rat der Rechtsabteilung: Antwortet nur, dass wir die Forderung prüfen; das Schreiben entwerfe ich selbst.
            Unsere Chancen, die Vertragsstrafe abzuwehren, stehen etwa 60 zu 40, aber die Abnahme ist schlecht dokumentiert.
            Fasse den Rat der Juristin aus dem Thread für die Account-Leitung zusammen, ohne den Thread weiterzuleiten.
            [14:02] {first}: Achtung, {company} hat eben ein Aufforderungsschreiben wegen der Datenmigration geschickt. Angeblich haben wir ihre Bestellhistorie beschädigt, sie wollen {amount}.↵[14:05] {first2} (Rechtsabteilung): Danke. Bitte nicht antworten und das Schreiben nicht herumschicken. Ich betreue das als Syndikusanwältin, also bitte nur hier im Kanal.↵[14:07] {first}: Ok. Der Fehler kam übrigens aus ihrer Exportdatei, wir haben die Logs.↵[14:15] {first2} (Rechtsabteilung): Das hilft. Erste Einschätzung: Wenn die Logs zeigen, dass die Datei schon fehlerhaft ankam, ist ihre Forderung bei der Kausalität schwach. Aber im Leistungsschein steht, dass wir 'alle Eingaben validieren'. Das Risiko sehe ich als mittel.↵[14:16] {first2} (Rechtsabteilung): Bitte Logs und Importskripte im heutigen Zustand sichern, nichts aufräumen.↵[14:24] {first2} (Rechtsabteilung): Noch keine kostenlose Korrektur anbieten, das könnte wie ein Anerkenntnis wirken. Ich entwerfe eine Zwischennachricht und prüfe den Vertrag mit der externen Kanzlei.↵↵Fasse die Position der Juristin in drei Punkten für meine Chefin zusammen.
        """,
        "fr": """
            [09:12] {first} : {company} affirme que nous avons livré en retard et réclame la pénalité de l'article 9. On paie ?
            [09:20] {first2} (Juridique) : Ne payez rien et ne reconnaissez rien pour l'instant. Le retard vient de leur validation tardive, ce qui suspend notre délai.
            [09:21] {first2} (Juridique) : Merci de ne pas en parler dans le canal client ; restons dans ce fil avec le service juridique.
            Mon analyse en tant que juriste : notre exposition est plafonnée à {amount}, à condition d'avoir notifié le retard par écrit.
            En médiation, j'ouvrirais à la moitié de leur demande ; un juge partagerait probablement les torts.
            Je déconseille l'avoir commercial : il pourrait être lu comme une reconnaissance de responsabilité.
            Conseil du juridique : répondez seulement que nous examinons la réclamation ; je rédige le courrier.
            Nos chances d'écarter la pénalité sont correctes, environ 60/40, mais la recette est mal documentée.
            Résume l'avis de la juriste pour le directeur de compte, sans transférer le fil.
        """,
        "es": """
            [09:12] {first}: {company} dice que entregamos tarde y reclama la penalización de la cláusula 9. ¿Pagamos sin más?
            [09:20] {first2} (Legal): No paguéis ni reconozcáis nada todavía. El retraso se debió a su aprobación tardía, lo que suspende nuestro plazo.
            [09:21] {first2} (Legal): No lo habléis en el canal del cliente; seguimos en este hilo con el equipo legal.
            Mi opinión como abogada interna: nuestra exposición está limitada a {amount}, pero solo si avisamos del retraso por escrito.
            En una mediación empezaría ofreciendo la mitad de lo reclamado; un juez probablemente repartiría la culpa.
            Desaconsejo la nota de abono de cortesía: podría interpretarse como reconocimiento de responsabilidad.
            Consejo de Legal: responded solo que estamos revisando la reclamación; la carta la redacto yo.
            Tenemos opciones razonables de evitar la penalización, un 60/40, pero la aceptación está mal documentada.
            Resume el consejo de la abogada para el director de cuenta, sin reenviar el hilo.
        """,
        "nl": """
            [09:12] {first}: {company} zegt dat we te laat hebben geleverd en eist de boete uit artikel 9. Betalen we gewoon?
            [09:20] {first2} (Legal): Nog niets betalen en niets erkennen. De vertraging kwam door hun late akkoord, waardoor onze termijn is opgeschort.
            [09:21] {first2} (Legal): Bespreek dit niet in het klantkanaal; houd het in deze thread met juridische zaken.
            Mijn advies als bedrijfsjurist: ons risico is beperkt tot {amount}, maar alleen als we de vertraging schriftelijk hebben gemeld.
            Bij mediation zou ik openen met de helft van hun vordering; een rechter zou de schuld waarschijnlijk verdelen.
            Ik raad de creditnota uit coulance af: die kan worden gelezen als erkenning van aansprakelijkheid.
            Advies van Legal: antwoord alleen dat we de claim bekijken; de brief schrijf ik zelf.
            Onze kansen om de boete af te wenden zijn redelijk, zo'n 60/40, maar de acceptatie is slecht vastgelegd.
            Vat het advies van de jurist samen voor de accountdirecteur, zonder de thread door te sturen.
        """,
    }),
    Family("counsel_press_review", X, "train", min_sentences=2, max_sentences=8, header_share=0.5, text={
        "en": """
            ^Legal comments on the draft press release (v3) – not for distribution
            ^Re: draft announcement – counsel's mark-up
            Paragraph 2: delete "fully resolved". The dispute with {company} is not settled yet, and this wording could be used against us in the negotiation.
            Do not mention the amount; the draft term sheet requires both parties to agree the public statement first.
            "No customer data was affected" is not something we can say yet: the forensic report is still open and a regulator could treat it as misleading.
            I suggest: "We are working with the affected partner and will share updates when appropriate." That commits us to nothing.
            The CEO quote implies the former supplier acted in bad faith; that invites a defamation claim. Please soften it.
            Hold the release until I've confirmed with outside counsel that it doesn't breach the standstill agreement.
            My advice is to publish after the hearing on {date}, not before.
            Turn my comments into a clean redline for the communications team.
            Legal view: the sentence on "industry-leading security" is fine for marketing but must go from any statement about the incident.
        """,
        "de": """
            ^Anmerkungen der Rechtsabteilung zum Entwurf der Pressemitteilung (v3) – nicht zur Weitergabe
            Absatz 2: „vollständig beigelegt“ bitte streichen. Der Streit mit {company} ist noch nicht verglichen, die Formulierung könnte in der Verhandlung gegen uns verwendet werden.
            Den Betrag nicht nennen; nach dem Term Sheet müssen beide Seiten die öffentliche Erklärung vorher abstimmen.
            „Es waren keine Kundendaten betroffen“ können wir noch nicht sagen, der forensische Bericht steht aus.
            Das Zitat des CEO unterstellt dem früheren Lieferanten Unredlichkeit; das lädt zu einer Unterlassungsklage ein.
            Bitte die Mitteilung zurückhalten, bis ich mit der externen Kanzlei geklärt habe, dass sie nicht gegen die Stillhaltevereinbarung verstößt.
            Mein Rat: erst nach der Verhandlung am {date} veröffentlichen.
            Mach aus meinen Anmerkungen eine saubere Änderungsfassung für die Kommunikation.
            Ich schlage vor: „Wir arbeiten mit dem betroffenen Partner zusammen und informieren, sobald es angemessen ist.“ Das bindet uns an nichts.
        """,
        "fr": """
            ^Commentaires du juridique sur le projet de communiqué (v3) – ne pas diffuser
            Paragraphe 2 : supprimer « entièrement réglé ». Le litige avec {company} n'est pas encore transigé et cette formule pourrait nous être opposée.
            Ne pas mentionner le montant ; le projet de protocole impose que la communication publique soit validée par les deux parties.
            « Aucune donnée client n'a été touchée » : nous ne pouvons pas encore l'affirmer, le rapport d'expertise est en cours.
            La citation du PDG laisse entendre que l'ancien fournisseur était de mauvaise foi ; risque de diffamation, à adoucir.
            Retenez le communiqué jusqu'à ce que l'avocat externe confirme qu'il ne viole pas l'accord de statu quo.
            Mon conseil : publier après l'audience du {date}, pas avant.
            Transforme mes commentaires en version corrigée pour l'équipe communication.
            Je propose : « Nous travaillons avec le partenaire concerné et communiquerons le moment venu. » Cela ne nous engage à rien.
        """,
        "es": """
            ^Comentarios de Legal al borrador de la nota de prensa (v3) – no difundir
            Párrafo 2: eliminar «totalmente resuelto». La disputa con {company} aún no está cerrada y esa frase podría usarse en nuestra contra.
            No mencionar el importe; el borrador del acuerdo exige que ambas partes aprueben antes la declaración pública.
            «No se vieron afectados datos de clientes»: aún no podemos afirmarlo, el informe forense sigue abierto.
            La cita del consejero delegado insinúa mala fe del antiguo proveedor; eso invita a una demanda por difamación.
            Retened la nota hasta que el despacho externo confirme que no incumple el acuerdo de standstill.
            Mi recomendación: publicar después de la vista del {date}, no antes.
            Convierte mis comentarios en una versión limpia para el equipo de comunicación.
            Propongo: «Estamos trabajando con el socio afectado e informaremos cuando proceda». No nos compromete a nada.
        """,
    }),
)
