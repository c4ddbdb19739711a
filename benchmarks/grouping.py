"""Score figrecon's grouping against hand-labelled groups of claims.

Usage:
    python benchmarks/grouping.py [--format markdown|json] [LABELS.json ...]
    python benchmarks/grouping.py --scale [SMALL,LARGE]      # default 1000,10000

``--scale`` instead measures the scale floor of ``compare``: on generated corpora of SMALL and LARGE
articles (``benchmarks/speed.py``'s generator: corpus/ articles with paragraphs shuffled and
numbers perturbed), it runs ``figrecon extract DIR --format jsonl -o /dev/null`` and ``figrecon
compare DIR --all --format json -o /dev/null`` (one job each) and reports compare's cost over
extract's on the large corpus (floor: <= 1.2x) and compare's peak memory (summed PSS of the
process tree) on the large corpus over the small one (floor: flat, <= 1.2x). The cost is CPU
time (user + system) of the command, which other programs on a shared machine do not inflate;
wall time and how many other cores were busy are shown beside it. A machine's speed also drifts
between the two commands' runs, minutes apart; so compare runs through
``benchmarks/clocked_compare.py``, which clocks its extraction and its own work (fingerprints,
grouping, output) apart within the one run, and the same ratio is given from that run alone.

Without arguments every labelled corpus is scored: the demo corpus (``corpus/``, labels in
``tests/data/demo_expected_groups.json``), the earthquake corpus (``tests/corpus2/``, labels in
``tests/data/quake_expected_groups.json``), the three stories of ``tests/corpus3/``, in domains
the others do not touch: a football game (``football/``), a national election (``election/``) and
a product launch (``launch/``), labels in ``tests/data/{football,election,launch}_expected_groups.json``;
and three shootings told by three outlets each (``tests/corpus4/``, labels in
``tests/data/incidents_expected_groups.json``), with a held-back twin (``tests/corpus5/``,
``incidents_heldback_expected_groups.json``: a crash and a shooting, written and labelled before
figrecon was run on them, and not tuned on) and a second one (``tests/corpus6/``,
``incidents_heldback2_expected_groups.json``: two shootings and a fire in one folder, with the noise
incident news carries, written and labelled the same way) and a third (``tests/corpus7/``,
``incidents_heldback3_expected_groups.json``: three shootings in the wordings of US local news,
where no outlet disagrees), and a fourth beside the incidents (``tests/corpus8/``,
``heldback4_expected_groups.json``: a tablet launch, a referendum and a basketball game in one
folder), a fifth (``tests/corpus9/``, ``heldback5_expected_groups.json``: a storm and a protest
march) a sixth (``tests/corpus10/``, ``heldback6_expected_groups.json``: a takeover and a plane
crash) a seventh (``tests/corpus11/``, ``heldback7_expected_groups.json``: a sentencing, an
outbreak and a transfer) and an eighth (``tests/corpus12/``, ``heldback8_expected_groups.json``: a
rate decision and quarterly results, dense with look-alikes) a ninth (``tests/corpus13/``,
``heldback9_expected_groups.json``: a wildfire and a marathon) and a tenth (``tests/corpus14/``,
``heldback10_expected_groups.json``: an election and a laptop launch, where no outlet disagrees)
an eleventh (``tests/corpus15/``, ``heldback11_expected_groups.json``: one football game) and a
twelfth (``tests/corpus16/``, ``heldback12_expected_groups.json``: a derailment and house prices)
and a thirteenth (``tests/corpus17/``, ``heldback13_expected_groups.json``: a regulator's fine and a
vaccine trial), a fourteenth (``tests/corpus18/``, ``heldback14_expected_groups.json``: a football
play-off and a parliamentary election with a preliminary and a final count) and a fifteenth
(``tests/corpus19/``, ``heldback15_expected_groups.json``: a laptop and phone launch priced in three
currencies and a chemical plant explosion), a sixteenth (``tests/corpus20/``,
``heldback16_expected_groups.json``: two shootings in one state on one weekend and a fatal house
fire, in the wordings of US local news) and a seventeenth (``tests/corpus21/``,
``heldback17_expected_groups.json``: a hurricane landfall and a golf tournament's final round),
an eighteenth (``tests/corpus22/``, ``heldback18_expected_groups.json``: an earthquake with two
agencies' magnitudes and a software takeover priced in dollars and euros), a nineteenth
(``tests/corpus23/``, ``heldback19_expected_groups.json``: an American football game and a
euro-zone bail-out) and a twentieth (``tests/corpus24/``, ``heldback20_expected_groups.json``: a
migrant shipwreck and a tablet and watch launch), a twenty-first (``tests/corpus25/``,
``heldback21_expected_groups.json``: a plane crash on landing and a software maker's job cuts) and a
twenty-second (``tests/corpus26/``, ``heldback22_expected_groups.json``: a film awards night and a
port drug raid), a twenty-third (``tests/corpus27/``, ``heldback23_expected_groups.json``: a
presidential election with a preliminary and a final count and a football play-off game) and a
twenty-fourth (``tests/corpus28/``, ``heldback24_expected_groups.json``: a developer-conference
keynote and an offshore earthquake with two agencies' magnitudes), a twenty-fifth
(``tests/corpus29/``, ``heldback25_expected_groups.json``: a heatwave and a telecom data breach)
a twenty-sixth (``tests/corpus30/``, ``heldback26_expected_groups.json``: a mine collapse and
a national budget), a twenty-seventh (``tests/corpus31/``, ``heldback27_expected_groups.json``: a
rescue loan in three currencies and a ferry sinking), a twenty-eighth (``tests/corpus32/``,
``heldback28_expected_groups.json``: a basketball play-off game and a transit strike), a
twenty-ninth (``tests/corpus33/``, ``heldback29_expected_groups.json``: a chemical plant explosion
and a cup final), a thirtieth (``tests/corpus34/``, ``heldback30_expected_groups.json``: a river
flood and a company's job cuts), a thirty-first (``tests/corpus35/``,
``heldback31_expected_groups.json``: a road bridge collapse and a drug recall), a thirty-second
(``tests/corpus36/``, ``heldback32_expected_groups.json``: a mayoral election with a recount and a
rocket launch), a thirty-third (``tests/corpus37/``, ``heldback33_expected_groups.json``: a
protest march and an oil spill), a thirty-fourth (``tests/corpus38/``,
``heldback34_expected_groups.json``: a wildfire and a tech takeover), a thirty-fifth
(``tests/corpus39/``, ``heldback35_expected_groups.json``: a mine collapse and a heatwave), a
thirty-sixth (``tests/corpus40/``, ``heldback36_expected_groups.json``: a volcanic eruption and a
stock market listing), a thirty-seventh (``tests/corpus41/``, ``heldback37_expected_groups.json``:
a coach crash and a museum heist), a thirty-eighth (``tests/corpus42/``,
``heldback38_expected_groups.json``: a landslide and a monthly jobs report), a thirty-ninth
(``tests/corpus43/``, ``heldback39_expected_groups.json``: a concert crowd crush and a pilots'
strike), a fortieth (``tests/corpus44/``, ``heldback40_expected_groups.json``: a dam failure and
a drugmaker's quarterly results), a forty-first (``tests/corpus45/``,
``heldback41_expected_groups.json``: a tower block fire and a census release), a forty-second
(``tests/corpus46/``, ``heldback42_expected_groups.json``: a ferry capsizing and a central bank's
rate decision), a forty-third (``tests/corpus47/``, ``heldback43_expected_groups.json``: a
chemical plant explosion and an airline's collapse), a forty-fourth (``tests/corpus48/``,
``heldback44_expected_groups.json``: a cholera outbreak and a city marathon), a forty-fifth
(``tests/corpus49/``, ``heldback45_expected_groups.json``: a nightclub shooting and a software
takeover), a forty-sixth (``tests/corpus50/``, ``heldback46_expected_groups.json``: a rail strike
and a cup final), a forty-seventh (``tests/corpus51/``, ``heldback47_expected_groups.json``: an
earthquake and a phone maker's quarterly results), a forty-eighth (``tests/corpus52/``,
``heldback48_expected_groups.json``: a chemical plant explosion and a city marathon), a
forty-ninth (``tests/corpus53/``, ``heldback49_expected_groups.json``: a river flood and a central
bank's rate rise), a fiftieth (``tests/corpus54/``, ``heldback50_expected_groups.json``: a coach
crash on a mountain pass and a presidential election), a fifty-first (``tests/corpus55/``,
``heldback51_expected_groups.json``: a stadium roof collapse and a drought), a fifty-second
(``tests/corpus56/``, ``heldback52_expected_groups.json``: a festival food-poisoning outbreak and
an airline's half-year results), a fifty-third (``tests/corpus57/``,
``heldback53_expected_groups.json``: a bank siege and a property-tax referendum), a fifty-fourth
(``tests/corpus58/``, ``heldback54_expected_groups.json``: a ferry capsizing and a software
company's job cuts), a fifty-fifth (``tests/corpus59/``, ``heldback55_expected_groups.json``: a
wildfire and a nurses' strike), a fifty-sixth (``tests/corpus60/``,
``heldback56_expected_groups.json``: a freight train's chemical spill and a record art auction),
a fifty-seventh (``tests/corpus61/``, ``heldback57_expected_groups.json``: a hospital ransomware
attack and a marathon in the heat), a fifty-eighth (``tests/corpus62/``,
``heldback58_expected_groups.json``: a building collapse and a budget statement), a
fifty-ninth (``tests/corpus63/``, ``heldback59_expected_groups.json``: a pipeline explosion and a
record transfer), a sixtieth (``tests/corpus64/``, ``heldback60_expected_groups.json``: a runway
overrun and a minimum wage rise), a sixty-first (``tests/corpus65/``,
``heldback61_expected_groups.json``: an avalanche and a technology company's results and job
cuts), a sixty-second (``tests/corpus66/``, ``heldback62_expected_groups.json``: a tanker spill
and a tennis final), a sixty-third (``tests/corpus67/``, ``heldback63_expected_groups.json``: a
heatwave with blackouts and a housing plan), a sixty-fourth (``tests/corpus68/``,
``heldback64_expected_groups.json``: a cruise ship outbreak and an airline merger), a
sixty-fifth (``tests/corpus69/``, ``heldback65_expected_groups.json``: a prison escape and an
athletics championship), a sixty-sixth (``tests/corpus70/``, ``heldback66_expected_groups.json``:
a road bridge collapse and a city budget vote), a sixty-seventh (``tests/corpus71/``,
``heldback67_expected_groups.json``: a colliery flood and a record transfer), a sixty-eighth
(``tests/corpus72/``, ``heldback68_expected_groups.json``: a chemical plant fire and a national
election), a sixty-ninth (``tests/corpus73/``, ``heldback69_expected_groups.json``: an avalanche
and a ship order), a seventieth (``tests/corpus74/``, ``heldback70_expected_groups.json``: a
wedding food poisoning and a bond auction), a seventy-first (``tests/corpus75/``,
``heldback71_expected_groups.json``: a prison riot and an airline's yearly results), a
seventy-second (``tests/corpus76/``, ``heldback72_expected_groups.json``: three weekend shootings
in one county), a seventy-third (``tests/corpus77/``, ``heldback73_expected_groups.json``: a levee
breach and a retailer's results), a seventy-fourth (``tests/corpus78/``,
``heldback74_expected_groups.json``: a concert crush and a city budget), a seventy-fifth
(``tests/corpus79/``, ``heldback75_expected_groups.json``: a block-party shooting and a
gas-station robbery), a seventy-sixth (``tests/corpus80/``, ``heldback76_expected_groups.json``: a
festival shooting and a nurses' strike), a seventy-seventh (``tests/corpus81/``,
``heldback77_expected_groups.json``: a school shooting and a city's crime statistics), a
seventy-eighth (``tests/corpus82/``, ``heldback78_expected_groups.json``: a bar shooting and a
murder-suicide), a seventy-ninth (``tests/corpus83/``, ``heldback79_expected_groups.json``: a police
shooting and a mall shooting), an eightieth (``tests/corpus84/``,
``heldback80_expected_groups.json``: a weekend of shootings told as roundups and a plant fire),
an eighty-first (``tests/corpus85/``, ``heldback81_expected_groups.json``: a house-party shooting
and a standoff), an eighty-second (``tests/corpus86/``, ``heldback82_expected_groups.json``: a
football game and a phone launch), an eighty-third (``tests/corpus87/``,
``heldback83_expected_groups.json``: an election count and a takeover), an eighty-fourth
(``tests/corpus88/``, ``heldback84_expected_groups.json``: a drive-by and a warehouse shooting), an
eighty-fifth (``tests/corpus89/``, ``heldback85_expected_groups.json``: a fog pileup and a building
collapse), an eighty-sixth (``tests/corpus90/``, ``heldback86_expected_groups.json``: a mall
shooting told with a roundup's other shooting, and a council budget), an eighty-seventh
(``tests/corpus91/``, ``heldback87_expected_groups.json``: a nightclub shooting and a wildfire), an
eighty-eighth (``tests/corpus92/``, ``heldback88_expected_groups.json``: a transit strike and a
hurricane), an eighty-ninth (``tests/corpus93/``, ``heldback89_expected_groups.json``: a school
bus crash and a drug recall), a ninetieth (``tests/corpus94/``, ``heldback90_expected_groups.json``:
a house-party shooting and an airline's quarter), a ninety-first (``tests/corpus95/``,
``heldback91_expected_groups.json``: a warehouse fire and a council budget), a ninety-second
(``tests/corpus96/``, ``heldback92_expected_groups.json``: a mine collapse and a marathon), a
ninety-third (``tests/corpus97/``, ``heldback93_expected_groups.json``: a gas explosion and a
footballer's transfer), a ninety-fourth (``tests/corpus98/``, ``heldback94_expected_groups.json``:
a station stabbing and a retailer's trading update), a ninety-fifth (``tests/corpus99/``,
``heldback95_expected_groups.json``: a heatwave and a mayoral election), a ninety-sixth
(``tests/corpus100/``, ``heldback96_expected_groups.json``: a ferry capsizing and a city budget
vote), a ninety-seventh (``tests/corpus101/``, ``heldback97_expected_groups.json``: a drugmaker's
quarter and trial and a mine collapse), a ninety-eighth (``tests/corpus102/``,
``heldback98_expected_groups.json``: a wildfire and a city marathon), a ninety-ninth
(``tests/corpus103/``, ``heldback99_expected_groups.json``: a train derailment and a university's
tuition vote), a hundredth (``tests/corpus104/``, ``heldback100_expected_groups.json``: a cyclone
and a software takeover), a hundred-and-first (``tests/corpus105/``,
``heldback101_expected_groups.json``: a chemical plant explosion and a pilots' strike), a
hundred-and-second (``tests/corpus106/``, ``heldback102_expected_groups.json``: a building
collapse and a rate decision), a hundred-and-third (``tests/corpus107/``,
``heldback103_expected_groups.json``: a hospital ransomware attack and a football match) and a
hundred-and-fourth (``tests/corpus108/``, ``heldback104_expected_groups.json``: a flash flood and
a phone launch), a hundred-and-fifth (``tests/corpus109/``, ``heldback105_expected_groups.json``: a
prison riot and a coffee-price spike), a hundred-and-sixth (``tests/corpus110/``,
``heldback106_expected_groups.json``: an avalanche and a carmaker's recall and results) and a
hundred-and-seventh (``tests/corpus111/``, ``heldback107_expected_groups.json``: an ammonia leak
and a tennis final), a hundred-and-eighth (``tests/corpus112/``, ``heldback108_expected_groups.json``:
a bank siege and a football club takeover), a hundred-and-ninth (``tests/corpus113/``,
``heldback109_expected_groups.json``: a flash flood and a processor launch), a hundred-and-tenth
(``tests/corpus114/``, ``heldback110_expected_groups.json``: a coal-mine collapse and a regional
election), a hundred-and-eleventh (``tests/corpus115/``, ``heldback111_expected_groups.json``: a
wildfire and a migraine-drug trial), a hundred-and-twelfth (``tests/corpus116/``,
``heldback112_expected_groups.json``: a cruise-ship outbreak and a city budget vote) and a
hundred-and-thirteenth (``tests/corpus117/``, ``heldback113_expected_groups.json``: a marathon in
a heat wave and a cabin-crew strike), a hundred-and-fourteenth (``tests/corpus118/``,
``heldback114_expected_groups.json``: a levee breach and a software company's results and job
cuts), a hundred-and-fifteenth (``tests/corpus119/``, ``heldback115_expected_groups.json``: a
footbridge collapse and a transit fare rise), a hundred-and-sixteenth (``tests/corpus120/``,
``heldback116_expected_groups.json``: a grounded ship's oil spill and a lottery jackpot beside a
telethon), a hundred-and-seventeenth (``tests/corpus121/``, ``heldback117_expected_groups.json``:
a concert crowd crush and a central bank's rate decision), a hundred-and-eighteenth
(``tests/corpus122/``, ``heldback118_expected_groups.json``: a wildfire above a mountain town and
a city marathon) and a hundred-and-nineteenth (``tests/corpus123/``,
``heldback119_expected_groups.json``: a train derailment and a nurses' pay strike), a
hundred-and-twentieth (``tests/corpus124/``, ``heldback120_expected_groups.json``: a ferry capsizing
in a storm and a software company's results and job cuts), a hundred-and-twenty-first
(``tests/corpus125/``, ``heldback121_expected_groups.json``: a heat wave with a grid blackout and
a council's housing budget vote), a hundred-and-twenty-second (``tests/corpus126/``,
``heldback122_expected_groups.json``: a hillside village's landslide and a football club's record
transfer), a hundred-and-twenty-third (``tests/corpus127/``, ``heldback123_expected_groups.json``:
a motorway tunnel fire and an old master's record auction), a hundred-and-twenty-fourth
(``tests/corpus128/``, ``heldback124_expected_groups.json``: a water-borne E. coli outbreak and a
tennis final), a hundred-and-twenty-fifth (``tests/corpus129/``,
``heldback125_expected_groups.json``: a cyclone landfall and an airline's results), a
hundred-and-twenty-sixth (``tests/corpus130/``, ``heldback126_expected_groups.json``: a river ferry
capsizing in a storm and a striker's record transfer), a hundred-and-twenty-seventh
(``tests/corpus131/``, ``heldback127_expected_groups.json``: a hill wildfire and a chip plant), a
hundred-and-twenty-eighth (``tests/corpus132/``, ``heldback128_expected_groups.json``: a gas-blast
building collapse and a transit strike), a hundred-and-twenty-ninth (``tests/corpus133/``,
``heldback129_expected_groups.json``: a mine collapse and a council budget), a hundred-and-thirtieth
(``tests/corpus134/``, ``heldback130_expected_groups.json``: a cruise ship outbreak and a hot
marathon), a hundred-and-thirty-first (``tests/corpus135/``, ``heldback131_expected_groups.json``:
a dam breach and a hostile takeover bid), a hundred-and-thirty-second (``tests/corpus136/``,
``heldback132_expected_groups.json``: a hailstorm and a lithium miner's listing), a
hundred-and-thirty-third (``tests/corpus137/``, ``heldback133_expected_groups.json``: a tornado and
a dengue outbreak), a hundred-and-thirty-fourth (``tests/corpus138/``,
``heldback134_expected_groups.json``: a sinkhole and a cycling race's crash), a
hundred-and-thirty-fifth (``tests/corpus139/``, ``heldback135_expected_groups.json``: a grain silo
blast and a streaming service's price rise), a hundred-and-thirty-sixth (``tests/corpus140/``,
``heldback136_expected_groups.json``: a stadium crowd crush and a tram bond vote), a
hundred-and-thirty-seventh (``tests/corpus141/``, ``heldback137_expected_groups.json``: a cargo ship
aground and a university's fee rise), a hundred-and-thirty-eighth (``tests/corpus142/``,
``heldback138_expected_groups.json``: a ski-hotel fire and a census release), a
hundred-and-thirty-ninth (``tests/corpus143/``, ``heldback139_expected_groups.json``: a schools
measles outbreak and an electric-car maker's quarter), a hundred-and-fortieth
(``tests/corpus144/``, ``heldback140_expected_groups.json``: a street-market shooting and a port
strike), a hundred-and-forty-first (``tests/corpus145/``, ``heldback141_expected_groups.json``: a
tour bus into a gorge and a council budget vote), a hundred-and-forty-second
(``tests/corpus146/``, ``heldback142_expected_groups.json``: a garment-factory fire and a pilots'
strike), a hundred-and-forty-third (``tests/corpus147/``, ``heldback143_expected_groups.json``:
food poisoning at a wedding and a housing-market report), a hundred-and-forty-fourth
(``tests/corpus148/``, ``heldback144_expected_groups.json``: a chemical-plant explosion and a
city marathon), a hundred-and-forty-fifth (``tests/corpus149/``, ``heldback145_expected_groups.json``:
ransomware at a hospital network and a lynx census), a hundred-and-forty-sixth
(``tests/corpus150/``, ``heldback146_expected_groups.json``: drought rationing and a takeover bid
for an airline), a hundred-and-forty-seventh (``tests/corpus151/``,
``heldback147_expected_groups.json``: an oil spill and a lottery jackpot), a hundred-and-forty-eighth
(``tests/corpus152/``, ``heldback148_expected_groups.json``: an avalanche and a pension fund's rescue),
a hundred-and-forty-ninth (``tests/corpus153/``, ``heldback149_expected_groups.json``: a volcanic
eruption and a stadium's cost overrun), a hundred-and-fiftieth (``tests/corpus154/``,
``heldback150_expected_groups.json``: a tornado and a university's fee rise), a
hundred-and-fifty-first (``tests/corpus155/``, ``heldback151_expected_groups.json``: a dam breach
and a record painting auction), a hundred-and-fifty-second (``tests/corpus156/``,
``heldback152_expected_groups.json``: a cycling mountain stage and a regional blackout), a
hundred-and-fifty-third (``tests/corpus157/``, ``heldback153_expected_groups.json``: a bank's
money-laundering fine and a coral reef bleaching survey), a hundred-and-fifty-fourth
(``tests/corpus158/``, ``heldback154_expected_groups.json``: a container ship blocking a canal and a
city heatwave), a hundred-and-fifty-fifth (``tests/corpus159/``,
``heldback155_expected_groups.json``: a footbridge collapse and a software company's job cuts), a
hundred-and-fifty-sixth (``tests/corpus160/``, ``heldback156_expected_groups.json``: a trawler sinking
and an offshore wind-lease auction), a hundred-and-fifty-seventh (``tests/corpus161/``,
``heldback157_expected_groups.json``: a salmonella outbreak and a teachers' pay deal) and a
hundred-and-fifty-eighth (``tests/corpus162/``, ``heldback158_expected_groups.json``: a cable car
accident and a housebuilder's collapse), a hundred-and-fifty-ninth (``tests/corpus163/``,
``heldback159_expected_groups.json``: a hot-air balloon crash and a supermarket chain's price cuts), a
hundred-and-sixtieth (``tests/corpus164/``, ``heldback160_expected_groups.json``: a chlorine leak at a
water works and a cycling tour's mountain stage) and a hundred-and-sixty-first (``tests/corpus165/``,
``heldback161_expected_groups.json``: a volcanic ash cloud grounding flights and a hospital
waiting-list report), a hundred-and-sixty-second (``tests/corpus166/``,
``heldback162_expected_groups.json``: a tram derailment and a stadium expansion plan), a
hundred-and-sixty-third (``tests/corpus167/``, ``heldback163_expected_groups.json``: a coastal
wildfire and a telecom company's quarter), a hundred-and-sixty-fourth (``tests/corpus168/``,
``heldback164_expected_groups.json``: a fireworks warehouse explosion and a marathon record
attempt), a hundred-and-sixty-fifth (``tests/corpus169/``, ``heldback165_expected_groups.json``:
an oil refinery fire and a city's transit fare rise), a hundred-and-sixty-sixth
(``tests/corpus170/``, ``heldback166_expected_groups.json``: a cargo plane's crash-landing and a
football club's record transfer), a hundred-and-sixty-seventh (``tests/corpus171/``,
``heldback167_expected_groups.json``: a lightning strike at a music festival and an electric-car
maker's quarterly deliveries), a hundred-and-sixty-eighth (``tests/corpus172/``,
``heldback168_expected_groups.json``: a flash flood at a canyon campsite and a drug maker's price
cut and patent settlement), a hundred-and-sixty-ninth (``tests/corpus173/``,
``heldback169_expected_groups.json``: a crush at a stadium gate and a national census) and a
hundred-and-seventieth (``tests/corpus174/``, ``heldback170_expected_groups.json``: a hostage siege
at a rural bank and a fast catamaran's new ferry route), a hundred-and-seventy-first
(``tests/corpus175/``, ``heldback171_expected_groups.json``: a barge striking a river bridge and a
university's tuition rise), a hundred-and-seventy-second (``tests/corpus176/``,
``heldback172_expected_groups.json``: a snowstorm stranding a mountain highway and an airline pilots'
strike), a hundred-and-seventy-third (``tests/corpus177/``, ``heldback173_expected_groups.json``: a
hot-air balloon crash and a council's stadium financing vote), a hundred-and-seventy-fourth
(``tests/corpus178/``, ``heldback174_expected_groups.json``: a roof collapse in a tin mine and a
city's water-rate rise), a hundred-and-seventy-fifth (``tests/corpus179/``,
``heldback175_expected_groups.json``: a norovirus outbreak on a cruise ship and a chip factory's
opening), a hundred-and-seventy-sixth (``tests/corpus180/``, ``heldback176_expected_groups.json``:
a wildfire nearing a ski town and a city marathon's course record), a hundred-and-seventy-seventh
(``tests/corpus181/``, ``heldback177_expected_groups.json``: a mass stranding of pilot whales and a
regional railway's timetable cut and fare rise), a hundred-and-seventy-eighth (``tests/corpus182/``,
``heldback178_expected_groups.json``: a grain silo explosion in a river port and a lottery jackpot
won after many rollovers), a hundred-and-seventy-ninth (``tests/corpus183/``,
``heldback179_expected_groups.json``: a sinkhole under a housing estate and a university's research
cuts), a hundred-and-eightieth (``tests/corpus184/``, ``heldback180_expected_groups.json``: a
hailstorm in a wine valley and a regional airline's route and job cuts), a hundred-and-eighty-first
(``tests/corpus185/``, ``heldback181_expected_groups.json``: a heatwave's power cuts and a teachers'
pay deal ending a strike), a hundred-and-eighty-second (``tests/corpus186/``,
``heldback182_expected_groups.json``: a coach crash on a mountain road and a record office-tower
sale), a hundred-and-eighty-third (``tests/corpus187/``, ``heldback183_expected_groups.json``: a
chemical plant fire on an estuary and a city's tram-line budget), a hundred-and-eighty-fourth
(``tests/corpus188/``, ``heldback184_expected_groups.json``: a flash flood in a desert town and a
fishing fleet's quota cut), a hundred-and-eighty-fifth (``tests/corpus189/``,
``heldback185_expected_groups.json``: a crowd crush at a football ground and a hospital waiting-list
report), a hundred-and-eighty-sixth (``tests/corpus190/``, ``heldback186_expected_groups.json``: a
tornado through a farming town and an art museum's record year), a hundred-and-eighty-seventh
(``tests/corpus191/``, ``heldback187_expected_groups.json``: a volcanic eruption's evacuations and a
drug maker's recall), a hundred-and-eighty-eighth (``tests/corpus192/``,
``heldback188_expected_groups.json``: an avalanche at a ski resort and a council's vote on a concert
arena), a hundred-and-eighty-ninth (``tests/corpus193/``, ``heldback189_expected_groups.json``: a
collapse in a tin mine and a city marathon run in a heatwave), a hundred-and-ninetieth
(``tests/corpus194/``, ``heldback190_expected_groups.json``: a ferry sinking in a storm and a
supermarket chain's takeover bid), a hundred-and-ninety-first (``tests/corpus195/``,
``heldback191_expected_groups.json``: a gas explosion in a block of flats and a regional election),
a hundred-and-ninety-second (``tests/corpus196/``, ``heldback192_expected_groups.json``: a road
bridge's collapse and a nurses' strike), a hundred-and-ninety-third (``tests/corpus197/``,
``heldback193_expected_groups.json``: a wildfire and a university's tuition rise) and a
hundred-and-ninety-fourth (``tests/corpus198/``, ``heldback194_expected_groups.json``: a dam breach
and a football club's sale), a hundred-and-ninety-fifth (``tests/corpus199/``,
``heldback195_expected_groups.json``: a freight train's derailment and a house-price report), a
hundred-and-ninety-sixth (``tests/corpus200/``, ``heldback196_expected_groups.json``: an oil spill
and a bike-share scheme's first year), a hundred-and-ninety-seventh (``tests/corpus201/``,
``heldback197_expected_groups.json``: a measles outbreak in schools and a concert tour's ticket
sale), a hundred-and-ninety-eighth (``tests/corpus202/``, ``heldback198_expected_groups.json``: a
ransomware attack on a hospital group and a census release), a hundred-and-ninety-ninth
(``tests/corpus203/``, ``heldback199_expected_groups.json``: a stomach-bug outbreak on a cruise ship
and a car plant's closure), a two-hundredth (``tests/corpus204/``,
``heldback200_expected_groups.json``: a shooting at a shopping centre and a water company's price
rise), a two-hundred-and-first (``tests/corpus205/``, ``heldback201_expected_groups.json``: a
heatwave blackout and a council budget vote), a two-hundred-and-second (``tests/corpus206/``,
``heldback202_expected_groups.json``: a wedding food-poisoning outbreak and a rocket launch
failure), a two-hundred-and-third (``tests/corpus207/``, ``heldback203_expected_groups.json``:
a stabbing at a railway station and a drug maker's quarterly results), a two-hundred-and-fourth
(``tests/corpus208/``, ``heldback204_expected_groups.json``: a landslide on a mountain road and an
airport's expansion plan), a two-hundred-and-fifth (``tests/corpus209/``,
``heldback205_expected_groups.json``: a tower crane's collapse and a streaming service's results)
a two-hundred-and-sixth (``tests/corpus210/``, ``heldback206_expected_groups.json``: a gas leak
at a school and an unemployment report), a two-hundred-and-seventh (``tests/corpus211/``,
``heldback207_expected_groups.json``: a tower-block fire and a city's rent report), a
two-hundred-and-eighth (``tests/corpus212/``, ``heldback208_expected_groups.json``: a prison riot
and a football club's accounts), a two-hundred-and-ninth (``tests/corpus213/``,
``heldback209_expected_groups.json``: a cable car stopped over a valley and a university's fee
rise), a two-hundred-and-tenth (``tests/corpus214/``, ``heldback210_expected_groups.json``: a
festival stage's collapse and a city's bus fare rise), a two-hundred-and-eleventh
(``tests/corpus215/``, ``heldback211_expected_groups.json``: a siege at a bank and a container
port's year), a two-hundred-and-twelfth (``tests/corpus216/``,
``heldback212_expected_groups.json``: a motorway pile-up in fog and a lottery's record
jackpot), a two-hundred-and-thirteenth (``tests/corpus217/``, ``heldback213_expected_groups.json``:
a night-time earthquake and a supermarket chain's results), a two-hundred-and-fourteenth
(``tests/corpus218/``, ``heldback214_expected_groups.json``: a factory roof's collapse under snow
and a teachers' strike), a two-hundred-and-fifteenth (``tests/corpus219/``,
``heldback215_expected_groups.json``: an airliner's runway overrun and a tram referendum), a
two-hundred-and-sixteenth (``tests/corpus220/``, ``heldback216_expected_groups.json``: a night
fire in a hospital ward and an airline's results after a pilots' strike), a
two-hundred-and-seventeenth (``tests/corpus221/``, ``heldback217_expected_groups.json``: a gold
raid at an airport's cargo warehouse and a city budget with a property-tax rise), a
two-hundred-and-eighteenth (``tests/corpus222/``, ``heldback218_expected_groups.json``: a
sinkhole under a city street and a mobile carrier's data breach and fine), a
two-hundred-and-nineteenth (``tests/corpus223/``, ``heldback219_expected_groups.json``: hikers
stranded on a ridge by a storm and a subsidised electric-car plant), a two-hundred-and-twentieth
(``tests/corpus224/``, ``heldback220_expected_groups.json``: a prison breakout and a minimum-wage
rise), a two-hundred-and-twenty-first (``tests/corpus225/``,
``heldback221_expected_groups.json``: a fire aboard a container ship and a football club's
takeover), a two-hundred-and-twenty-second (``tests/corpus226/``,
``heldback222_expected_groups.json``: lightning striking a festival crowd and a bank's results with
a regulator's fine), a two-hundred-and-twenty-third (``tests/corpus227/``,
``heldback223_expected_groups.json``: severe turbulence on a diverted flight and a statistics
office's housing figures), a two-hundred-and-twenty-fourth (``tests/corpus228/``,
``heldback224_expected_groups.json``: tourists kidnapped and freed and a university's annual
report), a two-hundred-and-twenty-fifth (``tests/corpus229/``, ``heldback225_expected_groups.json``:
a hot-air balloon crash at a festival and a country's census results), a
two-hundred-and-twenty-sixth (``tests/corpus230/``, ``heldback226_expected_groups.json``: a dam's
failed spillway and a video game's launch) a two-hundred-and-twenty-seventh
(``tests/corpus231/``, ``heldback227_expected_groups.json``: a motorway pile-up in fog and a wine
region's harvest report), a two-hundred-and-twenty-eighth (``tests/corpus232/``,
``heldback228_expected_groups.json``: a gas explosion in an apartment block and an airport's annual
traffic), a two-hundred-and-twenty-ninth (``tests/corpus233/``, ``heldback229_expected_groups.json``:
a chemical spill into a river and a car maker's recall) a two-hundred-and-thirtieth
(``tests/corpus234/``, ``heldback230_expected_groups.json``: a missing fishing boat whose crew is
found and a zoo's annual report), a two-hundred-and-thirty-first (``tests/corpus235/``,
``heldback231_expected_groups.json``: a footbridge collapse at a festival and a railway's annual
report), a two-hundred-and-thirty-second (``tests/corpus236/``,
``heldback232_expected_groups.json``: a tornado and a supermarket price war), a
two-hundred-and-thirty-third (``tests/corpus237/``, ``heldback233_expected_groups.json``: food
poisoning after a wedding and a satellite launch), a two-hundred-and-thirty-fourth
(``tests/corpus238/``, ``heldback234_expected_groups.json``: a volcanic eruption and a retailer's
data breach), a two-hundred-and-thirty-fifth (``tests/corpus239/``,
``heldback235_expected_groups.json``: a hurricane's landfall and an investment fraud trial), a
two-hundred-and-thirty-sixth (``tests/corpus240/``, ``heldback236_expected_groups.json``: an oil
pipeline spill and a lottery's record draw), a two-hundred-and-thirty-seventh (``tests/corpus241/``,
``heldback237_expected_groups.json``: a landslide and an airline merger), a
two-hundred-and-thirty-eighth (``tests/corpus242/``, ``heldback238_expected_groups.json``: a prison
riot and a central bank's rate decision), a two-hundred-and-thirty-ninth (``tests/corpus243/``,
``heldback239_expected_groups.json``: a cargo plane crash and a house-price report), a
two-hundred-and-fortieth (``tests/corpus244/``, ``heldback240_expected_groups.json``: a bank siege
and a city's tourism report), a two-hundred-and-forty-first (``tests/corpus245/``,
``heldback241_expected_groups.json``: bird flu on poultry farms and a university's admissions),
a two-hundred-and-forty-second (``tests/corpus246/``, ``heldback242_expected_groups.json``: carbon
monoxide at a hotel and a stadium's expansion), a two-hundred-and-forty-third
(``tests/corpus247/``, ``heldback243_expected_groups.json``: an ice avalanche from a glacier and a
wine harvest), a two-hundred-and-forty-fourth (``tests/corpus248/``,
``heldback244_expected_groups.json``: a fuel tanker explosion and a store chain's insolvency), a
two-hundred-and-forty-fifth (``tests/corpus249/``, ``heldback245_expected_groups.json``: a mass
crash in a cycling race and a painting's record auction), a two-hundred-and-forty-sixth
(``tests/corpus250/``, ``heldback246_expected_groups.json``: a crowd crush at a shrine and a film's
record opening), a two-hundred-and-forty-seventh (``tests/corpus251/``,
``heldback247_expected_groups.json``: a gondola cabin's fall and a chip factory), a
two-hundred-and-forty-eighth (``tests/corpus252/``, ``heldback248_expected_groups.json``: a toxic
algae bloom and a coffee price surge), a two-hundred-and-forty-ninth (``tests/corpus253/``,
``heldback249_expected_groups.json``: a balloon crash at a festival and a water company's price
rise), a two-hundred-and-fiftieth (``tests/corpus254/``, ``heldback250_expected_groups.json``: an
ammonia leak in a cold-storage plant and an esports final), a two-hundred-and-fifty-first
(``tests/corpus255/``, ``heldback251_expected_groups.json``: a fire on a canal tour boat and a rail
timetable overhaul), a two-hundred-and-fifty-second (``tests/corpus256/``,
``heldback252_expected_groups.json``: a roof fall in a coal mine and a bike-share scheme's annual
report), a two-hundred-and-fifty-third (``tests/corpus257/``, ``heldback253_expected_groups.json``:
a train derailment and an asthma drug's trial) and a two-hundred-and-fifty-fourth
(``tests/corpus258/``, ``heldback254_expected_groups.json``: a heatwave in a river delta and a
ride-hailing company's listing), a two-hundred-and-fifty-fifth (``tests/corpus259/``,
``heldback255_expected_groups.json``: a school bus overturned in snow and a postal service's
results), a two-hundred-and-fifty-sixth (``tests/corpus260/``, ``heldback256_expected_groups.json``:
a fire in an airport car park and a country's road-safety figures) and a two-hundred-and-fifty-seventh
(``tests/corpus261/``, ``heldback257_expected_groups.json``: a river ferry capsized in a storm and a
chocolate maker's cocoa squeeze), all of these written
and labelled by helpers who never ran figrecon on them. The real pipeline is run on each:
sources.read_inputs -> extract.extract_many -> normalize.normalize -> reconcile.group.

Label file format::

    {"corpus": "corpus",                      # directory of the articles, relative to the repo
     "groups": [{"id": "pay_monthly", "label": "Monthly pay ...",
                 "claims": [{"doc": "corpus/x.md", "quote": "$1,800 dollars a month"}, ...]}],
     "checks": [...]}                         # floors, see ``run_checks``

Matching rule. A labelled claim is ``doc`` (path relative to the repository) and ``quote``, a
short piece of text around the figure that occurs exactly once in that document's text. It is
matched to the claim of the same document whose ``[start, end)`` overlaps the quote's span most
(ties: the earliest claim), among the claims as ``compare`` shows them (``as_shown``: each
group's claims, then the extracted claims no group holds); since the quote is unique in the
document, this is the claim whose sentence contains the quote over the claim's own offsets. A
labelled claim with no such claim is "not extracted". Each claim may match one labelled claim
only.

Pairwise scores are over pairs of *labelled* claims: a pair is positive when both are in the same
labelled group, predicted positive when figrecon put their matched claims in the same group.
Extracted claims nobody labelled are ignored. A labelled claim that was not extracted, or was
extracted but left out of every group (``reconcile.comparable``), is its own singleton group: it
can only cost recall.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Optional, Sequence

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_LABELS = (
    REPO / "tests" / "data" / "demo_expected_groups.json",
    REPO / "tests" / "data" / "quake_expected_groups.json",
    REPO / "tests" / "data" / "football_expected_groups.json",
    REPO / "tests" / "data" / "election_expected_groups.json",
    REPO / "tests" / "data" / "launch_expected_groups.json",
    REPO / "tests" / "data" / "incidents_expected_groups.json",
    REPO / "tests" / "data" / "incidents_heldback_expected_groups.json",
    REPO / "tests" / "data" / "incidents_heldback2_expected_groups.json",
    REPO / "tests" / "data" / "incidents_heldback3_expected_groups.json",
    REPO / "tests" / "data" / "heldback4_expected_groups.json",
    REPO / "tests" / "data" / "heldback5_expected_groups.json",
    REPO / "tests" / "data" / "heldback6_expected_groups.json",
    REPO / "tests" / "data" / "heldback7_expected_groups.json",
    REPO / "tests" / "data" / "heldback8_expected_groups.json",
    REPO / "tests" / "data" / "heldback9_expected_groups.json",
    REPO / "tests" / "data" / "heldback10_expected_groups.json",
    REPO / "tests" / "data" / "heldback11_expected_groups.json",
    REPO / "tests" / "data" / "heldback12_expected_groups.json",
    REPO / "tests" / "data" / "heldback13_expected_groups.json",
    REPO / "tests" / "data" / "heldback14_expected_groups.json",
    REPO / "tests" / "data" / "heldback15_expected_groups.json",
    REPO / "tests" / "data" / "heldback16_expected_groups.json",
    REPO / "tests" / "data" / "heldback17_expected_groups.json",
    REPO / "tests" / "data" / "heldback18_expected_groups.json",
    REPO / "tests" / "data" / "heldback19_expected_groups.json",
    REPO / "tests" / "data" / "heldback20_expected_groups.json",
    REPO / "tests" / "data" / "heldback21_expected_groups.json",
    REPO / "tests" / "data" / "heldback22_expected_groups.json",
    REPO / "tests" / "data" / "heldback23_expected_groups.json",
    REPO / "tests" / "data" / "heldback24_expected_groups.json",
    REPO / "tests" / "data" / "heldback25_expected_groups.json",
    REPO / "tests" / "data" / "heldback26_expected_groups.json",
    REPO / "tests" / "data" / "heldback27_expected_groups.json",
    REPO / "tests" / "data" / "heldback28_expected_groups.json",
    REPO / "tests" / "data" / "heldback29_expected_groups.json",
    REPO / "tests" / "data" / "heldback30_expected_groups.json",
    REPO / "tests" / "data" / "heldback31_expected_groups.json",
    REPO / "tests" / "data" / "heldback32_expected_groups.json",
    REPO / "tests" / "data" / "heldback33_expected_groups.json",
    REPO / "tests" / "data" / "heldback34_expected_groups.json",
    REPO / "tests" / "data" / "heldback35_expected_groups.json",
    REPO / "tests" / "data" / "heldback36_expected_groups.json",
    REPO / "tests" / "data" / "heldback37_expected_groups.json",
    REPO / "tests" / "data" / "heldback38_expected_groups.json",
    REPO / "tests" / "data" / "heldback39_expected_groups.json",
    REPO / "tests" / "data" / "heldback40_expected_groups.json",
    REPO / "tests" / "data" / "heldback41_expected_groups.json",
    REPO / "tests" / "data" / "heldback42_expected_groups.json",
    REPO / "tests" / "data" / "heldback43_expected_groups.json",
    REPO / "tests" / "data" / "heldback44_expected_groups.json",
    REPO / "tests" / "data" / "heldback45_expected_groups.json",
    REPO / "tests" / "data" / "heldback46_expected_groups.json",
    REPO / "tests" / "data" / "heldback47_expected_groups.json",
    REPO / "tests" / "data" / "heldback48_expected_groups.json",
    REPO / "tests" / "data" / "heldback49_expected_groups.json",
    REPO / "tests" / "data" / "heldback50_expected_groups.json",
    REPO / "tests" / "data" / "heldback51_expected_groups.json",
    REPO / "tests" / "data" / "heldback52_expected_groups.json",
    REPO / "tests" / "data" / "heldback53_expected_groups.json",
    REPO / "tests" / "data" / "heldback54_expected_groups.json",
    REPO / "tests" / "data" / "heldback55_expected_groups.json",
    REPO / "tests" / "data" / "heldback56_expected_groups.json",
    REPO / "tests" / "data" / "heldback57_expected_groups.json",
    REPO / "tests" / "data" / "heldback58_expected_groups.json",
    REPO / "tests" / "data" / "heldback59_expected_groups.json",
    REPO / "tests" / "data" / "heldback60_expected_groups.json",
    REPO / "tests" / "data" / "heldback61_expected_groups.json",
    REPO / "tests" / "data" / "heldback62_expected_groups.json",
    REPO / "tests" / "data" / "heldback63_expected_groups.json",
    REPO / "tests" / "data" / "heldback64_expected_groups.json",
    REPO / "tests" / "data" / "heldback65_expected_groups.json",
    REPO / "tests" / "data" / "heldback66_expected_groups.json",
    REPO / "tests" / "data" / "heldback67_expected_groups.json",
    REPO / "tests" / "data" / "heldback68_expected_groups.json",
    REPO / "tests" / "data" / "heldback69_expected_groups.json",
    REPO / "tests" / "data" / "heldback70_expected_groups.json",
    REPO / "tests" / "data" / "heldback71_expected_groups.json",
    REPO / "tests" / "data" / "heldback72_expected_groups.json",
    REPO / "tests" / "data" / "heldback73_expected_groups.json",
    REPO / "tests" / "data" / "heldback74_expected_groups.json",
    REPO / "tests" / "data" / "heldback75_expected_groups.json",
    REPO / "tests" / "data" / "heldback76_expected_groups.json",
    REPO / "tests" / "data" / "heldback77_expected_groups.json",
    REPO / "tests" / "data" / "heldback78_expected_groups.json",
    REPO / "tests" / "data" / "heldback79_expected_groups.json",
    REPO / "tests" / "data" / "heldback80_expected_groups.json",
    REPO / "tests" / "data" / "heldback81_expected_groups.json",
    REPO / "tests" / "data" / "heldback82_expected_groups.json",
    REPO / "tests" / "data" / "heldback83_expected_groups.json",
    REPO / "tests" / "data" / "heldback84_expected_groups.json",
    REPO / "tests" / "data" / "heldback85_expected_groups.json",
    REPO / "tests" / "data" / "heldback86_expected_groups.json",
    REPO / "tests" / "data" / "heldback87_expected_groups.json",
    REPO / "tests" / "data" / "heldback88_expected_groups.json",
    REPO / "tests" / "data" / "heldback89_expected_groups.json",
    REPO / "tests" / "data" / "heldback90_expected_groups.json",
    REPO / "tests" / "data" / "heldback91_expected_groups.json",
    REPO / "tests" / "data" / "heldback92_expected_groups.json",
    REPO / "tests" / "data" / "heldback93_expected_groups.json",
    REPO / "tests" / "data" / "heldback94_expected_groups.json",
    REPO / "tests" / "data" / "heldback95_expected_groups.json",
    REPO / "tests" / "data" / "heldback96_expected_groups.json",
    REPO / "tests" / "data" / "heldback97_expected_groups.json",
    REPO / "tests" / "data" / "heldback98_expected_groups.json",
    REPO / "tests" / "data" / "heldback99_expected_groups.json",
    REPO / "tests" / "data" / "heldback100_expected_groups.json",
    REPO / "tests" / "data" / "heldback101_expected_groups.json",
    REPO / "tests" / "data" / "heldback102_expected_groups.json",
    REPO / "tests" / "data" / "heldback103_expected_groups.json",
    REPO / "tests" / "data" / "heldback104_expected_groups.json",
    REPO / "tests" / "data" / "heldback105_expected_groups.json",
    REPO / "tests" / "data" / "heldback106_expected_groups.json",
    REPO / "tests" / "data" / "heldback107_expected_groups.json",
    REPO / "tests" / "data" / "heldback108_expected_groups.json",
    REPO / "tests" / "data" / "heldback109_expected_groups.json",
    REPO / "tests" / "data" / "heldback110_expected_groups.json",
    REPO / "tests" / "data" / "heldback111_expected_groups.json",
    REPO / "tests" / "data" / "heldback112_expected_groups.json",
    REPO / "tests" / "data" / "heldback113_expected_groups.json",
    REPO / "tests" / "data" / "heldback114_expected_groups.json",
    REPO / "tests" / "data" / "heldback115_expected_groups.json",
    REPO / "tests" / "data" / "heldback116_expected_groups.json",
    REPO / "tests" / "data" / "heldback117_expected_groups.json",
    REPO / "tests" / "data" / "heldback118_expected_groups.json",
    REPO / "tests" / "data" / "heldback119_expected_groups.json",
    REPO / "tests" / "data" / "heldback120_expected_groups.json",
    REPO / "tests" / "data" / "heldback121_expected_groups.json",
    REPO / "tests" / "data" / "heldback122_expected_groups.json",
    REPO / "tests" / "data" / "heldback123_expected_groups.json",
    REPO / "tests" / "data" / "heldback124_expected_groups.json",
    REPO / "tests" / "data" / "heldback125_expected_groups.json",
    REPO / "tests" / "data" / "heldback126_expected_groups.json",
    REPO / "tests" / "data" / "heldback127_expected_groups.json",
    REPO / "tests" / "data" / "heldback128_expected_groups.json",
    REPO / "tests" / "data" / "heldback129_expected_groups.json",
    REPO / "tests" / "data" / "heldback130_expected_groups.json",
    REPO / "tests" / "data" / "heldback131_expected_groups.json",
    REPO / "tests" / "data" / "heldback132_expected_groups.json",
    REPO / "tests" / "data" / "heldback133_expected_groups.json",
    REPO / "tests" / "data" / "heldback134_expected_groups.json",
    REPO / "tests" / "data" / "heldback135_expected_groups.json",
    REPO / "tests" / "data" / "heldback136_expected_groups.json",
    REPO / "tests" / "data" / "heldback137_expected_groups.json",
    REPO / "tests" / "data" / "heldback138_expected_groups.json",
    REPO / "tests" / "data" / "heldback139_expected_groups.json",
    REPO / "tests" / "data" / "heldback140_expected_groups.json",
    REPO / "tests" / "data" / "heldback141_expected_groups.json",
    REPO / "tests" / "data" / "heldback142_expected_groups.json",
    REPO / "tests" / "data" / "heldback143_expected_groups.json",
    REPO / "tests" / "data" / "heldback144_expected_groups.json",
    REPO / "tests" / "data" / "heldback145_expected_groups.json",
    REPO / "tests" / "data" / "heldback146_expected_groups.json",
    REPO / "tests" / "data" / "heldback147_expected_groups.json",
    REPO / "tests" / "data" / "heldback148_expected_groups.json",
    REPO / "tests" / "data" / "heldback149_expected_groups.json",
    REPO / "tests" / "data" / "heldback150_expected_groups.json",
    REPO / "tests" / "data" / "heldback151_expected_groups.json",
    REPO / "tests" / "data" / "heldback152_expected_groups.json",
    REPO / "tests" / "data" / "heldback153_expected_groups.json",
    REPO / "tests" / "data" / "heldback154_expected_groups.json",
    REPO / "tests" / "data" / "heldback155_expected_groups.json",
    REPO / "tests" / "data" / "heldback156_expected_groups.json",
    REPO / "tests" / "data" / "heldback157_expected_groups.json",
    REPO / "tests" / "data" / "heldback158_expected_groups.json",
    REPO / "tests" / "data" / "heldback159_expected_groups.json",
    REPO / "tests" / "data" / "heldback160_expected_groups.json",
    REPO / "tests" / "data" / "heldback161_expected_groups.json",
    REPO / "tests" / "data" / "heldback162_expected_groups.json",
    REPO / "tests" / "data" / "heldback163_expected_groups.json",
    REPO / "tests" / "data" / "heldback164_expected_groups.json",
    REPO / "tests" / "data" / "heldback165_expected_groups.json",
    REPO / "tests" / "data" / "heldback166_expected_groups.json",
    REPO / "tests" / "data" / "heldback167_expected_groups.json",
    REPO / "tests" / "data" / "heldback168_expected_groups.json",
    REPO / "tests" / "data" / "heldback169_expected_groups.json",
    REPO / "tests" / "data" / "heldback170_expected_groups.json",
    REPO / "tests" / "data" / "heldback171_expected_groups.json",
    REPO / "tests" / "data" / "heldback172_expected_groups.json",
    REPO / "tests" / "data" / "heldback173_expected_groups.json",
    REPO / "tests" / "data" / "heldback174_expected_groups.json",
    REPO / "tests" / "data" / "heldback175_expected_groups.json",
    REPO / "tests" / "data" / "heldback176_expected_groups.json",
    REPO / "tests" / "data" / "heldback177_expected_groups.json",
    REPO / "tests" / "data" / "heldback178_expected_groups.json",
    REPO / "tests" / "data" / "heldback179_expected_groups.json",
    REPO / "tests" / "data" / "heldback180_expected_groups.json",
    REPO / "tests" / "data" / "heldback181_expected_groups.json",
    REPO / "tests" / "data" / "heldback182_expected_groups.json",
    REPO / "tests" / "data" / "heldback183_expected_groups.json",
    REPO / "tests" / "data" / "heldback184_expected_groups.json",
    REPO / "tests" / "data" / "heldback185_expected_groups.json",
    REPO / "tests" / "data" / "heldback186_expected_groups.json",
    REPO / "tests" / "data" / "heldback187_expected_groups.json",
    REPO / "tests" / "data" / "heldback188_expected_groups.json",
    REPO / "tests" / "data" / "heldback189_expected_groups.json",
    REPO / "tests" / "data" / "heldback190_expected_groups.json",
    REPO / "tests" / "data" / "heldback191_expected_groups.json",
    REPO / "tests" / "data" / "heldback192_expected_groups.json",
    REPO / "tests" / "data" / "heldback193_expected_groups.json",
    REPO / "tests" / "data" / "heldback194_expected_groups.json",
    REPO / "tests" / "data" / "heldback195_expected_groups.json",
    REPO / "tests" / "data" / "heldback196_expected_groups.json",
    REPO / "tests" / "data" / "heldback197_expected_groups.json",
    REPO / "tests" / "data" / "heldback198_expected_groups.json",
    REPO / "tests" / "data" / "heldback199_expected_groups.json",
    REPO / "tests" / "data" / "heldback200_expected_groups.json",
    REPO / "tests" / "data" / "heldback201_expected_groups.json",
    REPO / "tests" / "data" / "heldback202_expected_groups.json",
    REPO / "tests" / "data" / "heldback203_expected_groups.json",
    REPO / "tests" / "data" / "heldback204_expected_groups.json",
    REPO / "tests" / "data" / "heldback205_expected_groups.json",
    REPO / "tests" / "data" / "heldback206_expected_groups.json",
    REPO / "tests" / "data" / "heldback207_expected_groups.json",
    REPO / "tests" / "data" / "heldback208_expected_groups.json",
    REPO / "tests" / "data" / "heldback209_expected_groups.json",
    REPO / "tests" / "data" / "heldback210_expected_groups.json",
    REPO / "tests" / "data" / "heldback211_expected_groups.json",
    REPO / "tests" / "data" / "heldback212_expected_groups.json",
    REPO / "tests" / "data" / "heldback213_expected_groups.json",
    REPO / "tests" / "data" / "heldback214_expected_groups.json",
    REPO / "tests" / "data" / "heldback215_expected_groups.json",
    REPO / "tests" / "data" / "heldback216_expected_groups.json",
    REPO / "tests" / "data" / "heldback217_expected_groups.json",
    REPO / "tests" / "data" / "heldback218_expected_groups.json",
    REPO / "tests" / "data" / "heldback219_expected_groups.json",
    REPO / "tests" / "data" / "heldback220_expected_groups.json",
    REPO / "tests" / "data" / "heldback221_expected_groups.json",
    REPO / "tests" / "data" / "heldback222_expected_groups.json",
    REPO / "tests" / "data" / "heldback223_expected_groups.json",
    REPO / "tests" / "data" / "heldback224_expected_groups.json",
    REPO / "tests" / "data" / "heldback225_expected_groups.json",
    REPO / "tests" / "data" / "heldback226_expected_groups.json",
    REPO / "tests" / "data" / "heldback227_expected_groups.json",
    REPO / "tests" / "data" / "heldback228_expected_groups.json",
    REPO / "tests" / "data" / "heldback229_expected_groups.json",
    REPO / "tests" / "data" / "heldback230_expected_groups.json",
    REPO / "tests" / "data" / "heldback231_expected_groups.json",
    REPO / "tests" / "data" / "heldback232_expected_groups.json",
    REPO / "tests" / "data" / "heldback233_expected_groups.json",
    REPO / "tests" / "data" / "heldback234_expected_groups.json",
    REPO / "tests" / "data" / "heldback235_expected_groups.json",
    REPO / "tests" / "data" / "heldback236_expected_groups.json",
    REPO / "tests" / "data" / "heldback237_expected_groups.json",
    REPO / "tests" / "data" / "heldback238_expected_groups.json",
    REPO / "tests" / "data" / "heldback239_expected_groups.json",
    REPO / "tests" / "data" / "heldback240_expected_groups.json",
    REPO / "tests" / "data" / "heldback241_expected_groups.json",
    REPO / "tests" / "data" / "heldback242_expected_groups.json",
    REPO / "tests" / "data" / "heldback243_expected_groups.json",
    REPO / "tests" / "data" / "heldback244_expected_groups.json",
    REPO / "tests" / "data" / "heldback245_expected_groups.json",
    REPO / "tests" / "data" / "heldback246_expected_groups.json",
    REPO / "tests" / "data" / "heldback247_expected_groups.json",
    REPO / "tests" / "data" / "heldback248_expected_groups.json",
    REPO / "tests" / "data" / "heldback249_expected_groups.json",
    REPO / "tests" / "data" / "heldback250_expected_groups.json",
    REPO / "tests" / "data" / "heldback251_expected_groups.json",
    REPO / "tests" / "data" / "heldback252_expected_groups.json",
    REPO / "tests" / "data" / "heldback253_expected_groups.json",
    REPO / "tests" / "data" / "heldback254_expected_groups.json",
    REPO / "tests" / "data" / "heldback255_expected_groups.json",
    REPO / "tests" / "data" / "heldback256_expected_groups.json",
    REPO / "tests" / "data" / "heldback257_expected_groups.json",
)
ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")


@dataclass(frozen=True)
class Labelled:
    group: str  # the labelled group's id
    doc: str  # path relative to the repository
    quote: str
    start: int  # the quote's span in the document text
    end: int


@dataclass
class Run:
    """The pipeline's output on one corpus, keyed the way labels refer to claims."""

    name: str
    texts: dict  # doc (relative path) -> text
    claims: list  # the claims as shown: see as_shown
    groups: list  # reconcile.group's output


@dataclass
class Result:
    corpus: str
    labelled: int
    not_extracted: list = field(default_factory=list)  # Labelled
    not_grouped: list = field(default_factory=list)  # Labelled, extracted but in no group
    tp: int = 0
    fp: int = 0
    fn: int = 0
    checks: list = field(default_factory=list)  # dicts: name, ok, detail
    #: labelled group id -> its claims' predicted groups, as lists of quotes (index or None)
    splits: dict = field(default_factory=dict)
    wrong_pairs: list = field(default_factory=list)  # (kind, Labelled, Labelled)

    @property
    def precision(self) -> Optional[float]:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> Optional[float]:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> Optional[float]:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


def rel(path: str) -> str:
    """A document path as labels write it: relative to the repository, with forward slashes."""
    return Path(os.path.relpath(os.path.abspath(path), REPO)).as_posix()


def article_paths(corpus: str) -> list[str]:
    """The corpus directory's articles (not its label file), sorted."""
    root = REPO / corpus
    return sorted(str(p) for p in root.iterdir() if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith("."))


def run_pipeline(corpus: str, nlp=None, tolerance: Optional[float] = None) -> Run:
    from figrecon import stages, stated_rates
    from figrecon.extract import extract_documents
    from figrecon.model import Document
    from figrecon.normalize import normalize
    from figrecon.reconcile import DEFAULT_TOLERANCE, group
    from figrecon.sources import read_inputs
    from figrecon.stories import Fingerprint, split

    documents = [r for r in read_inputs(article_paths(corpus)) if isinstance(r, Document)]
    # each document's claims normalized, then converted at the rates it states, as `compare` does
    claims = [c for _, found in extract_documents(documents, nlp, entities=stages.runs_names("compare"))
              for c in stated_rates.convert([normalize(c) for c in found])]
    # as `figrecon compare` does: stories first, claims grouped within each
    groups = group(claims, DEFAULT_TOLERANCE if tolerance is None else tolerance,
                   stories=split([Fingerprint.of(d) for d in documents]))
    return Run(corpus, {rel(d.doc): as_written(d) for d in documents}, as_shown(claims, groups), groups)


def as_written(document) -> str:
    """A document's text as its file has it: figrecon reads a Markdown file with its emphasis
    markers blanked (``figrecon.sources._unmarked``, which keeps every offset), and a label's
    quote is what the file says ("the monthly **pass** rises")."""
    from figrecon.sources import parse_front_matter

    if not Path(document.doc).is_file():
        return document.text
    _, body, _ = parse_front_matter(Path(document.doc).read_text(encoding="utf-8"), document.doc)
    return body[document.offset:document.offset + len(document.text)]


def as_shown(claims: Sequence, groups: Sequence) -> list:
    """The claims a reader of ``compare`` sees: each group's claims as compared, then the
    extracted claims that stand in no group and overlap none of its claims. Grouping may
    compare parts of an extracted claim ("rises from €62 to €71" is compared as the "€62" it
    left and the "€71" it reached), so labels are matched to what the groups hold, as the
    clusters' score.py matches them, not to the extraction's spans."""
    shown = [c for g in groups for c in g.claims]
    spans: dict = {}
    for c in shown:
        spans.setdefault(c.doc, []).append((c.start, c.end))
    return shown + [c for c in claims
                    if not any(start < c.end and c.start < end for start, end in spans.get(c.doc, ()))]


def load_labels(path) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def labelled_claims(labels: dict, texts: dict) -> list[Labelled]:
    """The labels' claims with the span of their quote; ValueError when a quote is missing or
    occurs more than once in its document, so that a label always means one place."""
    out = []
    for g in labels["groups"]:
        for c in g["claims"]:
            text = texts.get(c["doc"])
            if text is None:
                raise ValueError(f"{g['id']}: no document {c['doc']!r} in the corpus")
            at = text.find(c["quote"])
            if at < 0:
                raise ValueError(f"{g['id']}: quote {c['quote']!r} not in {c['doc']}")
            if text.find(c["quote"], at + 1) >= 0:
                raise ValueError(f"{g['id']}: quote {c['quote']!r} occurs more than once in {c['doc']}")
            out.append(Labelled(g["id"], c["doc"], c["quote"], at, at + len(c["quote"])))
    return out


def _key(claim) -> tuple:
    return (rel(claim.doc), claim.start, claim.end)


def match(labelled: Sequence[Labelled], claims: Sequence) -> dict:
    """Labelled -> the key (doc, start, end) of its extracted claim, for those that were found."""
    by_doc: dict = {}
    for c in claims:
        by_doc.setdefault(rel(c.doc), []).append(c)
    found, used = {}, set()
    for lab in labelled:
        best, best_overlap = None, 0
        for c in sorted(by_doc.get(lab.doc, []), key=lambda c: (c.start, c.end)):
            overlap = min(c.end, lab.end) - max(c.start, lab.start)
            if overlap > best_overlap and _key(c) not in used:
                best, best_overlap = c, overlap
        if best is not None:
            found[lab] = _key(best)
            used.add(_key(best))
    return found


def predicted_group_of(groups: Sequence) -> dict:
    """Claim key -> index of its predicted group."""
    return {_key(c): i for i, g in enumerate(groups) for c in g.claims}


def score(labels: dict, run: Run) -> Result:
    labelled = labelled_claims(labels, run.texts)
    found = match(labelled, run.claims)
    where = predicted_group_of(run.groups)
    result = Result(run.name, len(labelled))
    predicted = {}
    for k, lab in enumerate(labelled):
        if lab not in found:
            result.not_extracted.append(lab)
            predicted[lab] = ("none", k)
        elif found[lab] not in where:
            result.not_grouped.append(lab)
            predicted[lab] = ("none", k)
        else:
            predicted[lab] = ("group", where[found[lab]])
    for a, b in combinations(labelled, 2):
        gold, pred = a.group == b.group, predicted[a] == predicted[b]
        if gold and pred:
            result.tp += 1
        elif pred:
            result.fp += 1
            result.wrong_pairs.append(("merged", a, b))
        elif gold:
            result.fn += 1
            result.wrong_pairs.append(("split", a, b))
    for lab in labelled:
        parts = result.splits.setdefault(lab.group, {})
        kind, index = predicted[lab]
        parts.setdefault(index + 1 if kind == "group" else None, []).append(lab.quote)
    result.splits = {gid: parts for gid, parts in result.splits.items() if len(parts) > 1}
    result.checks = run_checks(labels, run, labelled, found, where)
    return result


def _majority_group(group_id: str, labelled, found, where) -> Optional[int]:
    """The predicted group holding most of a labelled group's claims (ties: the lower index,
    i.e. the one reconcile.group ranks first)."""
    counts: dict = {}
    for lab in labelled:
        if lab.group == group_id and lab in found and found[lab] in where:
            counts[where[found[lab]]] = counts.get(where[found[lab]], 0) + 1
    return min(counts, key=lambda i: (-counts[i], i)) if counts else None


def run_checks(labels: dict, run: Run, labelled, found, where) -> list[dict]:
    """The label file's floors. Kinds:

    - ``spans``: the predicted group holding most of ``group``'s claims has claims from at least
      ``min_docs`` documents and, when ``conflict`` is given, is (not) conflicting.
    - ``apart``: no predicted group holds matched claims of two of ``groups``.
    - ``sentence_apart``: no claim of the sentence holding ``sentence_of`` is in the predicted
      group holding most of ``group``'s claims.
    - ``true_conflicts``: every conflicting predicted group holds a claim of one of ``groups``
      (the labelled real conflicts); any other flagged group is a false conflict. Its detail
      names each false one.
    """
    out = []
    for check in labels.get("checks", []):
        kind = check["kind"]
        if kind == "spans":
            i = _majority_group(check["group"], labelled, found, where)
            if i is None:
                out.append({"name": check["name"], "ok": False, "detail": "no claim of the group was grouped"})
                continue
            g = run.groups[i]
            docs = len({c.doc for c in g.claims})
            ok = docs >= check["min_docs"]
            detail = f"group [{i + 1}] {g.subject!r}: {docs} articles, {len(g.claims)} claims"
            if "conflict" in check:
                ok = ok and g.conflict == check["conflict"]
                detail += ", conflicting" if g.conflict else ", not conflicting"
            out.append({"name": check["name"], "ok": ok, "detail": detail})
        elif kind == "apart":
            members: dict = {}
            for lab in labelled:
                if lab.group in check["groups"] and lab in found and found[lab] in where:
                    members.setdefault(where[found[lab]], set()).add(lab.group)
            mixed = {i: sorted(ids) for i, ids in members.items() if len(ids) > 1}
            detail = "; ".join(f"group [{i + 1}] {run.groups[i].subject!r} holds {', '.join(ids)}"
                               for i, ids in sorted(mixed.items())) or "separate"
            out.append({"name": check["name"], "ok": not mixed, "detail": detail})
        elif kind == "sentence_apart":
            ref = check["sentence_of"]
            text = run.texts[ref["doc"]]
            at = text.find(ref["quote"])
            i = _majority_group(check["group"], labelled, found, where)
            intruders = []
            if i is not None:
                for c in run.groups[i].claims:
                    if rel(c.doc) == ref["doc"] and c.sentence_start <= at < c.sentence_start + len(c.sentence):
                        intruders.append(c.surface)
            out.append({"name": check["name"], "ok": not intruders,
                        "detail": ("holds " + ", ".join(map(repr, intruders))) if intruders else "apart"})
        elif kind == "true_conflicts":
            real = {where[found[lab]] for lab in labelled
                    if lab.group in check["groups"] and lab in found and found[lab] in where}
            false = [i for i, g in enumerate(run.groups) if g.conflict and i not in real]
            flagged = sum(1 for g in run.groups if g.conflict)
            detail = f"{len(false)} of {flagged} flagged groups false" + "".join(
                f"; [{i + 1}] {run.groups[i].subject!r}: "
                + ", ".join(repr(c.surface) for c in run.groups[i].claims[:4]) for i in false)
            out.append({"name": check["name"], "ok": not false, "detail": detail})
        else:
            raise ValueError(f"unknown check kind {kind!r}")
    return out


def _pct(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"


def as_dict(result: Result) -> dict:
    return {
        "corpus": result.corpus,
        "labelled_claims": result.labelled,
        "not_extracted": [{"group": l.group, "doc": l.doc, "quote": l.quote} for l in result.not_extracted],
        "not_grouped": [{"group": l.group, "doc": l.doc, "quote": l.quote} for l in result.not_grouped],
        "pairs": {"tp": result.tp, "fp": result.fp, "fn": result.fn},
        "precision": result.precision,
        "recall": result.recall,
        "f1": result.f1,
        "checks": result.checks,
        "split": {gid: [{"predicted_group": i, "quotes": q} for i, q in parts.items()]
                  for gid, parts in result.splits.items()},
        "merged": [{"a": {"group": a.group, "quote": a.quote}, "b": {"group": b.group, "quote": b.quote}}
                   for k, a, b in result.wrong_pairs if k == "merged"],
    }


def markdown(results: Sequence[Result], details: bool = True) -> str:
    lines = ["| corpus | labelled claims | not extracted | not grouped | pairs TP/FP/FN | precision | recall | F1 |",
             "|---|---:|---:|---:|---|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r.corpus} | {r.labelled} | {len(r.not_extracted)} | {len(r.not_grouped)} | "
                     f"{r.tp}/{r.fp}/{r.fn} | {_pct(r.precision)} | {_pct(r.recall)} | {_pct(r.f1)} |")
    for r in results:
        lines += ["", f"### Floors: {r.corpus}", ""]
        lines += [f"- [{'x' if c['ok'] else ' '}] {c['name']} — {c['detail']}" for c in r.checks]
        if details:
            if r.not_extracted:
                lines += ["", "Not extracted: " + "; ".join(f"{l.quote!r} ({l.group})" for l in r.not_extracted)]
            if r.not_grouped:
                lines += ["", "Extracted but not grouped: " + "; ".join(f"{l.quote!r} ({l.group})" for l in r.not_grouped)]
            if r.splits:
                lines += ["", "Labelled groups split by figrecon (predicted group number: quotes):"]
                for gid, parts in r.splits.items():
                    lines.append(f"- {gid}: " + " | ".join(
                        f"[{'-' if i is None else i}] " + ", ".join(map(repr, q)) for i, q in parts.items()))
            merged = [(a, b) for k, a, b in r.wrong_pairs if k == "merged"]
            if merged:
                lines += ["", "Wrongly merged pairs:"]
                lines += [f"- {a.quote!r} ({a.group}) + {b.quote!r} ({b.group})" for a, b in merged]
    return "\n".join(lines)


def bench_scale(small: int, large: int) -> dict:
    """compare against extract on generated corpora; see the module docstring."""
    import shutil
    import tempfile

    sys.path.insert(0, str(REPO / "benchmarks"))
    import speed

    env = speed._env()
    out = {"runs": []}
    with tempfile.TemporaryDirectory(prefix="figrecon-grouping-") as tmp:
        for n in (small, large):
            directory = Path(tmp) / f"corpus-{n}"
            directory.mkdir()
            speed.make_corpus(directory, n)
            for command in ("extract", "compare"):
                clock = Path(tmp) / "clock.json"
                if command == "extract":
                    argv = [sys.executable, "-m", "figrecon", command, str(directory), "-o", os.devnull,
                            "--format", "jsonl"]
                else:  # the same command, with its extraction clocked apart (benchmarks/clocked_compare.py)
                    argv = [sys.executable, str(REPO / "benchmarks" / "clocked_compare.py"), str(clock), command,
                            str(directory), "-o", os.devnull, "--all", "--format", "json"]
                result = speed._run_measured(argv, env)
                if command == "compare":
                    result.update(json.loads(clock.read_text(encoding="utf-8")))
                result.update(articles=n, command=command)
                out["runs"].append(result)
                print(f"  {command} {n} articles: {result['cpu_s']:.1f} s CPU, {result['seconds']:.1f} s wall, "
                      f"peak PSS {result['peak_pss_mib']:.0f} MiB", file=sys.stderr, flush=True)
            shutil.rmtree(directory)
    runs = {(r["command"], r["articles"]): r for r in out["runs"]}
    out["time_ratio"] = runs[("compare", large)]["cpu_s"] / runs[("extract", large)]["cpu_s"]
    out["wall_ratio"] = runs[("compare", large)]["seconds"] / runs[("extract", large)]["seconds"]
    # within compare's own run: all of it over all but its own work (the same process, so the
    # machine's speed, which drifts between two runs, cancels)
    big = runs[("compare", large)]
    out["in_process_ratio"] = big["cpu_s"] / (big["cpu_s"] - big["own_s"])
    out["memory_ratio"] = runs[("compare", large)]["peak_pss_mib"] / runs[("compare", small)]["peak_pss_mib"]
    return out


def scale_markdown(result: dict) -> str:
    lines = ["| command | articles | CPU s | wall s | other cores busy | peak PSS MiB |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in result["runs"]:
        lines.append(f"| {r['command']} | {r['articles']:,} | {r['cpu_s']:.1f} | {r['seconds']:.1f} | "
                     f"{r['other_cores_busy']:.2f} | {r['peak_pss_mib']:.0f} |")
    ok_t = result["time_ratio"] <= 1.2
    ok_m = result["memory_ratio"] <= 1.2
    lines.append("")
    lines.append(f"- compare / extract CPU time, large corpus: {result['time_ratio']:.2f}x (floor <= 1.2x: "
                 f"{'holds' if ok_t else 'not met'}; wall time {result['wall_ratio']:.2f}x)")
    big = [r for r in result["runs"] if r["command"] == "compare"][-1]
    lines.append(f"- within that compare run: extraction {big['extraction_s']:.1f} s CPU, compare's own work (fingerprints, "
                 f"grouping, output) {big['own_s']:.1f} s, {1000 * big['own_s'] / big['articles']:.1f} ms an article; "
                 f"all of it over all but its own work: {result['in_process_ratio']:.2f}x")
    lines.append(f"- compare peak memory, large / small corpus: {result['memory_ratio']:.2f}x (floor <= 1.2x: "
                 f"{'holds' if ok_m else 'not met'})")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels", nargs="*", help="label files (default: both labelled corpora)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--tolerance", type=float, default=None, help="reconcile.group's tolerance")
    parser.add_argument("--brief", action="store_true", help="markdown: scores and floors only")
    parser.add_argument("--scale", nargs="?", const="1000,10000", default=None, metavar="SMALL,LARGE",
                        help="measure compare against extract on generated corpora instead")
    args = parser.parse_args(argv)
    if args.scale:
        small, large = (int(x) for x in args.scale.split(","))
        result = bench_scale(small, large)
        print(json.dumps(result, indent=2) if args.format == "json" else scale_markdown(result))
        return 0

    from figrecon.nlp import load

    nlp = load()
    results = []
    for path in args.labels or DEFAULT_LABELS:
        labels = load_labels(path)
        results.append(score(labels, run_pipeline(labels["corpus"], nlp, args.tolerance)))
    if args.format == "json":
        print(json.dumps([as_dict(r) for r in results], indent=2, ensure_ascii=False))
    else:
        print(markdown(results, details=not args.brief))
    return 0


if __name__ == "__main__":
    sys.exit(main())
