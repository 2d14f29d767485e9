"""Given names by gender, lower case, from many naming cultures.

Used as evidence that a capitalised run names a person (``Boris Lind``) and for the gender
of pronouns that refer back. A name used for both genders is in both sets. Chinese, Korean
and Vietnamese given names are not listed: those names are read family name first from a
surname table (:data:`articlekit._names.FAMILY_FIRST_SURNAMES`). Most names that are also
common English words or places (``Will``, ``Hope``, ``May``) are left out; some very common
ones (``Mark``, ``Grace``, ``Sofia``) are kept.
"""

from __future__ import annotations

__all__ = ["FEMALE_GIVEN", "MALE_GIVEN"]

MALE_GIVEN = frozenset(
    """
    aad aakash aamir aarav aaron ababu abayomi abba abbas abdallah abdel abdel-fattah
    abdelaziz abdelfattah abdelhamid abdelilah abdelkader abdelkarim abdelkrim
    abdellatif abdelmadjid abdelmajid abdelmalek abdelrahman abderrahmane abdessalam
    abdi abdikarim abdiqadir abdirahman abdirizak abdiweli abdolreza abdou abdoulaye
    abdul abdul-aziz abdul-ghani abdul-rahman abdulaziz abdulhamid abdulkarim abdulla
    abdullah abdullahi abdullatif abdulmalik abdulrahman abdulsalam abdulsalami
    abdulwahab abe abebe abel abhay abhijit abhinav abhishek abhisit abid abiodun abiy
    abraham abrar abubakar abul achille achilleas achim adam adarsh addisu adebayo
    adebola adeel adekunle adel adeleke ademola adeniyi adeola adesina adewale adeyemi
    adham adi adilson aditya adnan adolfo adonis adriaan adrian adriano adrien afeez
    afif afolabi afshin agostino agron agung agus agustin agustín ahmad ahmed ahmet ahok
    ahsan aidan aiden ailton airlangga aitor aitzaz ajay ajibola ajinkya ajit ajith
    akash akbar akena akhil akhilesh aki akihiro akinola akintunde akinwumi akinwunmi
    akinyemi akio akira akiva akram aksel akshay akwasi alaa alain alan alasdair
    alastair albert alberto albin aldo alec aled alejandro aleksandar aleksander
    aleksandr aleksei aleksey alemayehu alessandro alessio alex alexander alexandre
    alexandros alexandru alexei alexey alexis alf alfie alfons alfonso alfred alfredo
    algernon ali ali-akbar alireza alisher alistair aliyu allan allen almazbek almir
    alois alok alonso alper alphonse alvaro alvin amador aman amani amanuel amarinder
    amarjit amaury ambroise ambrose amedeo amer amichai amilton amin aminu amir
    amirhossein amirudin amit amitabh amitava ammar amol amos amr amrit amritpal
    amrullah anand anar anas anastasios anatole anatolii anatoliy anatoly anbu ander
    anders anderson andi andile andras andre andrea andreas andrei andrej andres
    andres-manuel andrew andrey andrii andriy andrzej andrás andré andrés andrés-manuel
    andy angelo angelos anghel angus anibal anies anil anirban aniruddha anirudh anis
    ankit annamalai annuar anouar antal anthony antoine anton antonello antoni antonin
    antonio antonis antonín antti antónio antônio anupam anurag anutin anwar anyang
    aníbal aoi aonghus apolinario apostolos arafat arash arben archibald archie arda
    ardeshir ardit ari arie arief ariel arif arindam aristide aristotelis arjen arjun
    arkadiusz arkadiy arkady arman armand armando armin arnab arnaldo arnau arnaud arnd
    arne arnie arno arnold arpad arsen arseniy arseny arshdeep artan artem arthur artur
    arturo artyom arumugam arun arvid arvind arye aryeh asad asaduddin asaduzzaman
    asghar asher ashish ashley ashok ashraf ashraful ashton ashwin asier asif asim askar
    aslam atef athanasios atiku atilla atsushi atticus attila attilio atul aubrey
    auguste augustine augusto augustus aurel aurelien aurelio aurélien austin avery avi
    avigdor avinash avner avraham axar axel ayaz ayman ayodeji ayodele ayoub ayush
    ayushmann azam azhar azim aziz azmin babafemi babagana babajide babak babar
    babatunde bahlil bahman bahram bajrang bakari bala balaji balasubramanian balazs
    baljinder baljit baltasar balwinder balázs bambang bamidele bandar banharn baptiste
    barack baraka barasa baris barnabas barnaby barra barrie barry bart barthelemy
    bartholomew barthélemy bartlomiej bartolome bartolomé bartosz bartłomiej barıs barış
    bas basavaraj bashar bashir basile basit bassam bassem bassirou bastiaan bastien
    basuki bautista beckett behnam behrouz behzad beji bekele bekir bela bello ben bence
    benedict benedikt bengt benigno benito benjamin benjamín benny benoit benoît berhanu
    berk bernard bernard-henri bernardo bernd bernhard bernie bert berthold bertie
    bertram bertrand besnik bezalel bhagwant bharat bheki bhupendra bhupesh bhuvneshwar
    bijan biju bilal bilawal billy binali bingu binyamin birger bishan biswajit bjarne
    bjarni bjorn björn bjørn blaise blake blas bo boaz bobby bobi bogdan boguslaw
    bogusław bohdan bohumil bohuslav bojan bola bolaji boleslaw bolesław bongani
    bongbong boris borut boutros boyd boyko bradley brady bram brandon branimir
    branislav branko braxton brayden breandan brendan brent bretislav brett brian brock
    brody bruce bruno bryan bryce bryn bryson budi bujar bulent burak burhan burkhard
    bwalya byaruhanga byron béla bülent břetislav cahit caio caleb calin callum calum
    calvin cameron camille caner carl carles carlo carlos carlton carson carsten carter
    cary casey casper cassio catalin cathal cecil cedric cees celal cem cengiz cesar
    cesare cestmir cevdet cezary chadchart chadi chadwick chafik chaim chalerm chamlong
    chanda chandan chandrababu chandrasekhar chandrashekar chandrashekhar charalambos
    charanjit charles charlie chaturon chavalit cheruiyot chet chetan cheteshwar
    chibuike chibuzor chidambaram chidi chidozie chidubem chiedu chigozie chihiro
    chijioke chika chike chileshe chilufya chima chinedu chinonso chinonye chinweizu
    chirag chiranjeevi chisha chiz chris christer christian christodoulos christoph
    christophe christopher christos chuan chukwudi chukwudifu chukwuemeka chukwuma
    chuwit cian ciaran ciarán cicero cillian cipriano ciro clarence clark claude claudio
    claudiu claus clayton clemens clemente clifford clint clinton clive clyde cláudio
    cody coen colby cole colin colm colton conall conan connor conor conrad constantin
    corentin corey cormac cornelis corneliu cornelius cornell corrado cory cosimo cosmin
    costas costel craig cristian cristiano cristobal cristóbal csaba cuauhtemoc
    cuauhtémoc curtis cyril cyrille czeslaw czesław cássio cédric césar cícero călin
    cătălin daan dafydd dag daichi daiki daisuke daithi dalibor daljit damian damiano
    damien damilola damir damián damon dan dana daniel daniele danilo daniyar danny
    dante dapo darci dario darius dariush dariusz darko darnell darragh darrell darren
    darryl darshan daryl darío dashawn dauda dave davey davi david davide davood davor
    dawid dawit dawood dawud dayo deandre debashis debashish debretsion declan dedi dedy
    deepak dejan demarcus demeke demetrius denes denis deniz dennis denzel derek dermot
    deshawn desmond detlef detlev dev devendra devlet dexter dhanush dharmendra dhiraj
    dhruv diarmaid diarmuid didier diederik diego dieter dietmar dietrich digvijay dilip
    dilson dimas dimitar dimitrios dimitris dinesh diogo dionysios diosdado dipankar
    djarot dmitri dmitriy dmitry dmytro dogan domenico dominic dominik dominique donal
    donald donnacha donncha donnie donny dontae dorin dotun doug douglas dov dozie doğan
    dragan dragoljub dragos dragoș drazen dražen dritan driton duane duarte dumitru
    duncan dusan dustin dušan dwayne dwight dylan dzulkefly dáithí dániel dávid dénes
    dónal eamon eamonn easton eben ebenezer ebere eberhard ebrahim ebuka eckart eckhard
    eddie edem ederson edgar edi edin edmilson edmund edmundo edoardo edouard edson
    eduard eduardo edward edwin eero efrain efraín efstathios egon ehab ehsan ehud eiji
    einar eirik eitan ejike eknath eko ekow ekrem elad elango elazar elchin eli elias
    eliezer elijah elikem elio elisha eliud elliot elliott ellis elmar elmer elnur elon
    eloy elshad elton elvir elvis elías emad emanuele emeka emerson emil emile emiliano
    emilio emin emlyn emmanouil emmanuel emmerson emmett emomali emre enda endre eneko
    enes engelbert engin enoch enrico enrique enzo eoghan eoin ephraim erap ercan erdal
    erdem erdogan erdoğan erhard eric erich erick erik erkan erling ermal ermanno ermias
    ernest ernesto ernie erno ernő errol ershad ersin ertugrul ertuğrul erwin eskinder
    esmaeil esmail espen essam esteban ethan etienne ettore euan eugen eugene eugenio
    eugène eurico eusebio evan evandro evangelos evans everett evert evgeni evgeniy
    evgeny evo ewald ewan eyal ezekiel ezequiel ezra fabian fabiano fabien fabio fabián
    fabrice fabricio fabrizio fabrício facundo fadi fadillah fadli faf fahad fahd faheem
    fahim fahmi faisal fakhar fakhrul falk farai faraj farhad farid farooq farouk
    farshid faruq farzad fathi fatih fatmir fawad fawaz fawzi fayez fayyad fazal fazlur
    federico fedor felice felipe felix femi ferdinand ferenc fereydoun fergal fergus
    ferhat feridoun fermin fermín fernando fernao fernão fiachra fidel fikadu fikile
    fikret filip filippo finbar finn fintan firas flavio fletcher florencio florent
    florian floyd flávio folarin folorunsho forrest fotis fouad francesco francis
    francisco franciszek franck franco francois frank frank-walter frans frantisek
    františek franz franz-josef françois fraser fred freddie freddy frederic frederick
    fredrik freek friedhelm friedrich friedrich-wilhelm frits fritz frode frédéric fuad
    fumio fyodor fábio félix gabe gabor gabriel gabriele gadi gael gaetan gaetano gamal
    gamel ganesan ganesh ganjar garba gareth garrett garry gary gaspar gaspard gaston
    gatot gaurav gautam gauthier gautier gavin gayton gazmend gaël gaëtan gbenga
    gbolahan gboyega gearoid gearóid gebre gebremedhin gedu geert genc genki gennadi
    gennadiy gennady gennaro geoff geoffrey geoffroy georg george georges georgi
    georgios georgiy georgy geraint gerald geraldo gerard gerardo gerd gergely gerhard
    germain gernot gerrit gerry gert gervasio getachew gethin geza ghasem ghassan
    gheorghe ghislain gholam gholamreza ghulam giacomo giampaolo giancarlo gianfranco
    gianluca gianluigi gianmarco gianni giannis gianpiero gibran gideon gijs gilad
    gilbert gilberto giles gilles gilmar gino giorgio giorgos giovanni girish girma
    girolamo gitau githinji giuliano giulio giuseppe givemore gjorge glafcos gleb glenn
    glyn godfrey godknows godswill godwin gokhan goncalo gonzalo gonçalo goodluck gopal
    gopinath goran gordon gorka goro gotabaya gottfried grady graham grayson greg gregg
    gregoire gregor gregorio gregory greyson grigoris grigoriy grigory grzegorz grégoire
    grégory gudni guenter guido guilherme guillaume guillermo gukesh gulbuddin gulshan
    gunnar gunter gunther gurbanguly gurcharan gurdeep gurjeet gurmeet gurpreet gus
    gustaf gustav gustave gustavo guðni gwede gwilym gyorgy gyula györgy gábor gérald
    gérard géza gökhan günter günther haakon habib habibur hadi hafez haibatullah haider
    haile hailemariam hailu haim haitham hajime hakainde hakan hakim hal halil haluk
    halvard hamad hamdan hamdi hamed hamid hamidreza hamish hamisi hammad hamza hamzah
    hani hannes hans hans-georg hans-jurgen hans-jürgen hans-peter hansjorg hansjörg
    harald harbhajan harcharan hardik harinder haris harish harith harjit harlan harmeet
    harold haroon haroun harpreet harrison harry harsh hartmut haruki harun haruto
    harvey hasan hasanul hashem hashim hassan hasto hatem hayato hayden haytham hazem
    hector heikki heiko heiner heinrich heinz heinz-christian heitor helge helio helmut
    helmuth hemant hemedi hendra hendrik henk henning henri henrik henrique henry henryk
    herbert herman hermann hernan hernán heru herve hervé hesam hesham heydar hezekiah
    hibatullah hicham hichem hideaki hideki hideo hidetoshi hikaru hikmet himanshu
    hinata hippolyte hiroaki hirofumi hirokazu hiroki hironobu hiroshi hiroto hiroyuki
    hisashi hisham hishammuddin hocine holger honore honoré horace horacio horia horst
    hosni hossam hossein houssam howard howie hristijan hristo hrithik hrvoje hryhoriy
    hubert hubertus hugh hugo hugues hulusi humberto humphrey husam huseyin hussain
    hussein huub huw hynek håkan héctor hélio hüseyin iain ian ibai ibrahim ichiro idan
    idowu idris ieuan ifeanyi iftikhar ignacio ignacy ignazio igor ihab ihor ijaz ike
    ikechukwu ikemefuna ikenna iker ilan ilham ilhan ilias ilir ilker ilkka illia ilya
    imad imani imanol imran imre inaki inder inderjit indranil ingo ingvar inigo
    innokenty ioan ioannis ionel ionut ionuț iqbal iraj irfan irrfan irving isaac isaiah
    isaias isamu ishan ishant ishaq ishmael ismael ismail issa istvan istván itai itamar
    itay itzhak iulian ivan ivar ivaylo ivica ivo iván iwan iyad iñaki iñigo jaap jaber
    jabir jabu jabulani jace jacek jacinto jack jacob jacques jafar jagan jagdish jagjit
    jagmeet jahangir jaime jair jairam jairus jakaya jake jakir jakub jalal jalen jalil
    jamal jamar james jameson jamie jamil jamison jan janez janos janusz japheth jared
    jari jarmo jaromir jaromír jaroslav jaroslaw jarosław jarrett jarrod jarvis jasbir
    jason jaspreet jasprit jassem jassim jaswant jaswinder jatin jatinder javad javed
    javier jawad jawar jaxon jaxson jayakumar jayan jayant jayden jaylen jean jean-
    jean-baptiste jean-charles jean-christophe jean-claude jean-damascene jean-daniel
    jean-francois jean-françois jean-guy jean-jacques jean-louis jean-luc jean-marc
    jean-marie jean-michel jean-noel jean-noël jean-paul jean-philippe jean-pierre
    jean-sebastien jean-sébastien jean-yves jed jedidiah jef jeff jefferson jeffery
    jeffrey jejomar jelle jens jeremiah jeremie jeremy jermaine jeroen jerome jerry
    jerzy jesper jesse jessie jesús jethro jibril jide jim jimi jimmie jimmy jindrich
    jindřich jinggoy jiri jiro jitendra jiří jo joab joachim joakim joao joaquim joaquin
    joaquín jochen joe joel joep joey johan johann johannes john johnnie johnny joko
    jokowi jomo jon jonah jonas jonathan joost jordan jordi jorg jorge jorgen joris jose
    josef josep joseph josh joshua josiah josip josphat josé jouko jovan joydeep jozef
    jozsef joão joël juan judah jude juergen juha juhani jukka jules julian juliano
    julien julio julius julián juma jumanne junaid junichi junichiro junya juraj jurgen
    jurin jussi justin jyoti jyotiraditya jyrki jános jérémie jérôme jón józef józsef
    jörg jørgen júlio jürgen kaan kaare kabelo kabir kabiru kacper kadir kaesang kagiso
    kai kaies kailash kais kaito kalaba kalle kalonzo kamal kamaljit kamau kamil kamlesh
    kamran kanayo kanwar kaoru kapil karabo karan karanja kare kareem karel kari karim
    kariuki karl karl-heinz karl-theodor karlheinz karol karoly karsten karthik kartik
    karunanidhi kashim kasozi kasper kassim kassym-jomart kathir katlego kato katsunobu
    katsuya kaushik kaveh kayden kayode kazem kazimierz kazuhiro kazuki kazuo kazuya
    kazuyoshi kebede keenan kees kehinde kei keiichi keir keisuke keith kelechi kelsey
    kelvin kemal ken kenan kendall kendrick kenenisa kenichi kenji kenneth kenny kenta
    kentaro kerem kermit kerry keshawn kevin keyvan kgomotso kgosientsho kgothatso
    khairul khairy khaled khalid khalifa khalil khosrow khurram kiarash kibet kieran
    kiko killian kilonzo kimani kimutai kingsley kinyanjui kioko kipchoge kipchumba
    kipkemboi kipkorir kiplagat kiplimo kipngeno kiprono kiprop kiprotich kipruto
    kipsang kiptanui kiptoo kipyegon kiran kirby kiril kirill kirk kirui kishan kishore
    kithure kittipong kivutha kiyoshi kizza kjell klaas klaus knut kobina kodai kodjo
    koech koen kofi koichi koji kojo koko koku kola kolawole koldo komla konrad
    konstantin konstantinos koray korir kossi kostas kostiantyn kosuke kotaro kourosh
    kpakpo krasimir kreshnik kris krishna kristian kristof kristoffer kristóf krystian
    krzysztof kudakwashe kujtim kuldeep kuldip kulwant kumaran kumaraswamy kunal kunio
    kunle kurmanbek kurt kusal kutlu kwabena kwadjo kwadwo kwaku kwame kwamena kwami
    kwasi kwaw kweku kwesi kyle kyohei kyriakos kyrie kyrylo károly kåre labib lachlan
    ladislav lahcen lajos lakhwinder lakshman lakshya lalit lalu lamar lamberto lambros
    lamont landon langat lanre lapo larry lars laszlo laurence laurens laurent lauri
    lautaro lawal lawrence lazaro lazarus leandro learnmore lebogang lebron leendert
    lehlohonolo leif leigh lekan len lencho lennart lenny leo leomar leon leonard
    leonardo leonel leonid leonidas leopoldo leroy lesego lesiba leslie lester leszek
    lev levent levente levi lewis liam libor lindani lindela lindsay lionel lito liton
    liviu ljupco ljupčo llewellyn lloyd llyr lodewijk logan loic lonnie lorcan lorenzo
    lothar louie louis lovemore lowell loïc lubega lubomir lubomír lubos luboš luc luca
    lucas lucian luciano lucien lucio ludovit ludwig luhut luigi luis luiz luka lukas
    lukasz luke lukáš lula lulzim lungi lungile lungisa lutfi luther lutz luuk luvuyo
    luís lwando lwazi lyle lyndon lyuben lászló lázaro léo léon léonard maarten macharia
    maciej mack macky magnus mahathir mahbub mahbubur mahdi mahendra maher mahesh mahfud
    mahinda mahmoud mahmud mahmudullah mahmut mahomed maik maina maithripala majed majid
    makar makoto maksim maksym maksymilian malachi malachy malcolm malek malik
    mallikarjun malte mamadou mamdouh mamman mammootty mamoru mandeep mandla manfred
    manikandan manish manjit manmeet manmohan manny manoel manohar manoj manolis
    manouchehr manpreet mansoor mansour manuel maqsood marc marc-antoine marcel marcello
    marcelo marcial marcin marcio marco marcos marcus marek marian mariano marie mario
    marios marius mariusz marián mark markku marko markus marlon marnix martin marton
    marty martín marvin marwan masaaki masahiro masakazu masami masanori masaru masashi
    masato masayoshi masayuki mashrafe mason masoud massimo massoud matej mateo mateus
    mateusz matheus mathias mathieu mathijs mathis matias mats matt matteo matthew
    matthias matthieu matti mattia mattias matvei matvey matyas matías matěj maurice
    mauricio maurizio mauro maurício mawuli maxim maxime maximilian maximiliano maximo
    maxwell mayank mazen mbuyiseni mcebisi mduduzi mederic medhat mehdi mehidy mehmet
    mehran mehrdad meir meirion mekonnen meles melih melvin menachem mengistu menno
    merle mert mesfin mesut metin mevlut mevlüt mfundo micah michael michal michalis
    michał micheal michel michele micheál michiel michio mick mickael mickaël mieczyslaw
    mieczysław miguel miha mihai mihail mihaly mihály mika mikael mike mikel mikhail
    mikheil mikkel mikko miklos miklós mikolaj mikołaj mikulas mikuláš milind milo
    milorad milos miloslav milosz miloš miltiadis minoru miodrag mircea mirko miroslav
    misbah mitch mitchell mithun mitsuo mizanur miłosz mladen mmusi moacir mohamad
    mohamed mohammad mohammad-javad mohammad-reza mohammadreza mohammed mohammed-ali
    mohammedu mohammod mohamud mohan mohand mohanlal mohd mohib mohit mohsen mohsin
    moises moisés mojtaba mominul moncef montel monty mordechai moritz morris morten
    morteza mortimer mosebenzi moses moshe mosiuoa mostafa mostafizur motaz mothusi
    motsoaledi mounir mourad mousa moussa moustafa mpho mrisho msizi mthunzi muath
    mubarak mubashir muema mugisha mugo muhaimin muhamad muhammad muhammadu muhammed
    muharrem muhoozi muhyiddin mujibur mukasa mukesh mukul mulenga mulugeta mumtaz munir
    munyaradzi murad murali murat murdo murilo muriuki murray murtala murugan musa
    musalia mushfiqur mushtaq musonda mustafa mustafizur mustapa musyoka mutale mutebi
    muthu mutiso mutua muyiwa mwai mwangi mwansa mwendwa mwila mykhailo mykola myron
    márcio mário márton mátyás máximo médéric mícheál nabih nabil nadeem nader naeem
    naftali nagarajan nagarjuna nagendra naguib nahuel naif najib najmul namik namık
    nandan nao naoise naoki naoto naoya naqibullah narayan narayana narendra naresh
    naseem naseeruddin nasir nasiru nasser nat natan nate nathan nathaniel nathi
    natthaphong navdeep naveed naveen navid navin navjot navtej nawaf nawaz nawazuddin
    nayef nayib ndindi ndungu neal nebojsa nebojša necati necmettin ned neeraj negash
    negasi nehemiah neil nektarios nelson nemanja nenad nermin nestor neville neymar
    ngugi nhlanhla niall niccolo niccolò nicholas nick nicola nicolae nicolas nicolo
    nicolás nicolò nicos nicu niels nigel nihat nii nikhil nikita niklas nikola nikolai
    nikolaos nikolay nikos nilesh nils niraj nitin nitish niyi nizar njenga njoroge
    nkosinathi nnaemeka nnamdi noah noam noboru nobuo nobuyuki nolan nonso noor norbert
    norberto noriaki norihiro norman nour noureddine noynoy nsubuga ntokozo ntsikelelo
    nuhu numan nuno nur nursultan nuru nyasha nyesom néstor obadiah obaid obaidul obed
    obert obinna obiora obumneme oburu ocen ochieng octavian octavio odair odhiambo
    odhran odongo oduor odysseas ognjen ogola oguz ohad oisin oisín ojok okan okechukwu
    okello okot okoth ola oladipo olaf olafur olajide olalekan olamide olaniyi
    olanrewaju olav oldrich oldřich oleg oleh oleksandr oleksii oleksiy oliver olivier
    ollanta olli ollie olof olufemi olumide olusegun oluwafemi oluwaseun oluwatobi
    oluwole omar omari omer omid omkar omondi ondrej ondřej onur onyango onyeka
    onyekachi oommen opio opiyo oren orhan oriol orville osama osamu oscar osita oskar
    osman ostap osvaldo oswald otavio othman otieno otim otis ottavio otto ottó otávio
    ouma oupa ousmane ove ovidiu owain owen owino oyebanji ozan ozgur ozioma oğuz pablo
    paco paddy padraig palanisamy palaniswami panagiotis panayiotis pandian panfilo
    pankaj panos pantelis panyaza paolo paramjit paras parminder parth partha parvez
    parviz pascal pascual pasquale patrice patricio patrick patryk paul paulo pavel
    pavlo pavlos pawan pawel paweł paxton payam peadar peder pedro pekka pepe percival
    percy perry pertti pervez petar pete peter petr petri petro petros petru petteri
    peyman phil philip philipp philippe phillip phumtham pierfrancesco piergiorgio
    pierluigi piero pierre pierre-andre pierre-andré pierre-emmanuel pierre-yves piet
    pieter pietro pinarayi piotr pirapan piyabutr piyush plamen pouria prabhas prabhu
    prabowo pradeep praggnanandhaa prakash pramod pranab pranav prannoy prasad prasenjit
    prasert prashant prasidh pratap pratikno praveen pravin prawit prayut prayuth preben
    predrag prem premysl pritam prithvi prithviraj prokopis przemyslaw przemysław pule
    pyotr pádraig přemysl qamar qasim qassem quentin quincy quinton rabindranath rabiu
    rachid radek radim radomir radomír radoslaw radosław radovan radu raed rafael rafal
    rafał raffaele raffy rafik rafiq rafizi raghavan raghuram raheel rahmatullah rahul
    raila raimo raimundo rainer raj rajan rajat rajeev rajendra rajesh rajinder
    rajinikanth rajiv rajkumar rajkummar rakesh ralf ralph ramachandran ramarao ramasamy
    ramazan rameez ramesh rami ramil ramiro ramon ramzan ramzi ramón ranbir randall
    randolph randy ranil ranjit ranveer raphael raphaël rashad rashed rashid rashidi
    rasmus ratan ratko rauf raul ravi ravindra raymond razvan raúl recep redwan reese
    reg reggie reginald regis reid reinaldo reiner reinhard reinhold reinier remi remy
    renan renato renaud rene renzo rené reuben reuven revanth rex reza rezaul rhett
    rhodri rhys riad ricardo riccardo richard rickey ricky ridha ridwan rigathi rik
    riley rin rinku rishabh rishi ritsu rituraj rivaldo riyad riza rizwan roald robbert
    robbie robert roberto rocco roderick rodney rodolfo rodolphe rodrigo rody roel
    rogelio roger rogerio rogério rohan rohit rok roland rolando rolf romain romario
    romeo romulo romário ron ronald ronaldinho ronaldo ronan ronnie rory roscoe rosen
    ross rostislav rotich rotimi rouhollah rowan roy ruairi ruairí ruaridh ruben rubens
    rubén rudi rudiger rudolf rudolph rudy rufus ruggero ruhollah rui rumen rupert
    ruslan russ russell rustam rutger ruud ryan ryo ryohei ryota ryszard ryuji régis
    rémi rémy róbert rüdiger răzvan rıza saad saadi sabri sabyasachi sachin saddam sadik
    sadio sadiq sadyr sadık saeb saeed safwan sahil saif saifuddin saikat saim sait
    sajeeb sajid sajith sajjad salah saleh salim salman salum salvatore sam samak sameer
    sameh samer sami samir sammy samson samuel sandeep sander sandiaga sandile sandip
    sandor sandro sani sanjay sanjeev sanjiv sanju santiago santino santosh sanusi saqib
    saravanan sarfaraz sarfraz sasa sascha sasha sathiyan satish satnam satoru satoshi
    satya saud saul sauli saulos saurabh saurav savvas saúl saša scott seamus sean
    sebastian sebastien sebastián segun seif seiji selahattin selcuk selim selorm selvam
    selçuk semih semyon senad senan senthil senyo senzo seppo serdar sergei sergey sergi
    sergio sergiu sergiy serhii serhiy serik serkan seth setya seun seyi seán shadab
    shadi shafie shafik shafiqul shah-rukh shahbaz shaheen shahid shahidan shahidul
    shahin shahram shahrokh shahrukh shahzad shai shailesh shakib shane shankar
    shanmugam shantanu shanto shaquille sharad sharath shardul sharif shashank shashi
    shaul shaun shavkat shawn shay shehbaz shehu shehzad shekhar sheldon sherif sherman
    shigeru shikhar shimon shingo shinji shinjiro shinya shinzo shivakumar shivam
    shivraj shlomo shmuel sho shoaib shohei shoma shota shpend shreyas shubman shuichi
    shukri shunsuke shyam siamak sibusiso sid siddaramaiah siddharth sidney siegfried
    sifiso sigmar sigmundur sigurd sigurdur sigurður silas silvio silviu simen simeon
    simiyu simon simone simphiwe simranjit sinan siphiwe sipho siraj sirajuddin sirichai
    sivakumar siya siyabonga siyabulela sizwe sjoerd slamet slavko slawomir slobodan
    snorre socrates sofiane sohail sohrab sola solly solomon somchai somkid somsak
    somtochukwu sondhi soren sorin sota sotiris soumya sourav spencer spiros spyros
    srdan srdjan sreejesh srettha srinath srinivas srinivasan srđan ssebunya ssemujju
    staffan stan stanislav stanislaw stanisław stanley stathis stavros stefan stefano
    stefanos steffen steinar stelios stepan stephan stephane stephen steve steven
    stewart stig stijn stipe stjepan stoyan struan stu stuart stéphane subhas subhash
    subramanian subrata sudhir sudip sufian sugiarto suhail suharto sujit sujoy sukarno
    sukhbir sukhdev sukhjinder sukhwinder sukru suleyman suman sumit sundar sune sunil
    supachai surachai suraj surayud suresh suriya surjit suryakumar sushil susilo susumu
    sutin svatopluk svein sven sverre sviatoslav svyatoslav syed sylvain sylvester
    sylvestre szabolcs szymon sándor séamus sébastien sérgio sócrates søren süleyman
    sławomir tadashi tadesse tadeusz tadhg tafadzwa taha tahar taher taiwo takahiro
    takahito takashi takefusa takehiro takeshi takis takudzwa takuma takumi takuya talal
    talha tamas tamim tamrat tamás taner tanju tanko tanmoy tanui tanveer tapas tapiwa
    taras tarcisio tarcísio tareck tarek tareq tarik tariq tarique tarlochan taro tarun
    tarık taskin tassos tatenda tathagata tatsuya tawanda tawfiq taye tayeb tayfun tayo
    tayyip tebogo ted teddy tedros teemu teguh tej tejashwi tejasvi tejinder temba
    temitope tendai teodor teodoro terence terje terrance terrell terrence terry teruo
    tesfaye teshome tetsuya teun tewodros thabang thabo thaddeus thaksin thamer thanasis
    thanathorn thanin thato themba thembekile theo theodore theodoros theophile thiago
    thibault thibaut thierry thijs thilo thiru thodoris thomas thorsten thulani théo
    théophile tiago tibor tichaona tiernan tijs tilahun tilak tilo tim timmy timo
    timofei timofey timothee timothy timothée timur tinashe tito tjahjo tobi tobias toby
    todd todor tofail tolga tolu tom tomas tomasz tomer tomislav tommaso tommy tomás
    tomáš tonderai toni tony tope torbjorn torbjørn torsten toru toshiaki toshihiro
    toshio toshiyuki towhid travis trayvon tremaine trent trevor tristan trond troy
    truls tshepo tsuyoshi tsvetan tukur tullio tumelo tumusiime tuncay tunde tundu
    tuomas tuomo turgut turki turlough tushar twan tyler tyrell tyrese tyrone tyson tzvi
    uche uchenna uday uddhav udhay udhayanidhi udo udoka ufuk ugo ugochukwu ugonna ugur
    uhuru ujjal ulf ulises ulrich ulrik ulvi umar umaru umberto umesh umit umran unai
    unni uri usman uwe uzoma uğur vaclav vadim vadym vahid valentin valentino valentín
    valerii valerio valeriu valeriy valery valon valter valtteri valéry vance vanderlei
    vangelis varun vasil vasile vasilis vasiliy vasily vassilios vassilis vasyl vaughan
    vaughn veit veli velu venkaiah venkat venkatesh vernon vic vicente victor vidar
    viggo vijay vijayan vikas vikram viktor ville vilmos vinay vinayak vince vincent
    vincenzo vinicius vinod vinícius viorel vipin virat virender virendra virgil visar
    vishal vishy vitali vitalii vitaliy vitaly vitor vittorio vivek vlad vladimir
    vladimír vladislav vlado vladyslav vlastimil vojislav vojtech vojtěch volkan volker
    volodymyr vugar vuk vusi vuyani vuyo vyacheslav václav víctor wael wafula wahyu
    waldemar wale waleed walid wallace wally walt walter walther wambua wanyama waqar
    wasim wassim wasswa wataru wayne wekesa wendell werner wes wesley weston whitney
    wieslaw wiesław wilbur wilfred wilfredo wilfried wilhelm willard willem willi
    william willie willis willy wilson wim winfried winston wiranto wissanu witold
    wladyslaw wojciech wole wolfgang woodrow wopke wout wouter wyatt władysław xabier
    xavi xavier xhafer xolani yaakov yago yahaya yahya yair yakubu yakup yanis yann
    yannick yannis yared yariv yaroslav yash yashasvi yashwant yasin yasir yasonna
    yasser yassin yassine yasuhiro yasuo yasushi yavuz yaw yediyurappa yegor yehoshua
    yehuda yemi yerlan yevgeniy yevgeny yevhen yevhenii yigal yildirim yilmaz yinka
    yiorgos yisrael yitzchak yitzhak yoav yoel yogendra yogesh yogeshwar yohannes yoichi
    yomi yonas yonatan yorgos yosef yoshiaki yoshihide yoshihiko yoshimasa yoshinobu
    yoshiro yoshitaka yoshiyuki yossi yosuke younes yousef youssef yoweri yuichi yuji
    yuki yukio yunus yuri yurii yuriy yury yusril yusuf yusuke yuta yuto yuvraj yuya
    yuzuru yuzvendra yves yıldırım yılmaz zabihullah zacchaeus zach zachariah zacharias
    zachary zack zafar zafer zafrul zaheer zahid zaid zakari zakaria zakhar zaki zalmai
    zalmay zane zayed zbigniew zbynek zbyněk zdenek zdeněk zdzislaw zdzisław ze'ev
    zebedee zechariah zeev zeljko zerihun zhivko ziad ziaur zillur zitto zlatko zola
    zoltan zoltán zoran zsolt zubair zuhair zulfikar zulfiqar zulkifli zvi zvonimir
    zwelakhe zweli zwelinzima zygmunt ádám álvaro ángel árpád éamon édouard émile éric
    étienne íñigo ólafur óscar ömer özgür ümit čestmír ľubomír ľudovít łukasz şükrü
    štefan štěpán željko ștefan
    bob brad clement noel rick warren
    """.split()
)

FEMALE_GIVEN = frozenset(
    """
    aaliyah aarti aasia abby abeer abena abigail abike abimbola abril achan achieng
    aciro ada adaeze adaku adanna adaobi adaora addison adela adelaida adele adelheid
    adeline adenike adeola adesua adeyinka adhiambo adi aditi adjoa adriana adrienne
    adwoa adèle afaf afi afia afua agata agatha agathe agnes agneta agnez agnieszka
    agnès agustina ahoo aicha aigerim aikaterini aiko aileen ailsa aimee aine ainhoa
    aino aisha aishah aishwarya aisling aislinn ajoa akane akello akemi akiko akinyi
    akofa akos akosua akua alaa alana alba albana alejandra aleksandra alena alenka
    alessandra alessia alex alexandra alexis alia alice alicia alicja alina aline alison
    alla allie allison almaz almudena alyona alyssa alzbeta alžběta ama amaia amaka
    amanda amandeep amandine amani amara amarachi amarjit amber amelia amelie amina
    aminah aminata amira amparo amran amrita amy amélie ana ana-marija anais analyn
    anandiben ananya anastasia anaïs anca andrea andreea aneta anette angela angelika
    angeliki angelina angelique angharad angie angélique aniko anikó anindita anissa
    anita anitha anitta anja anjali anke ankita ann anna annabel annabelle annalena
    annalisa anne anne-marie anne-sophie annegret anneke anneli annelie annelies
    anneliese annemarie annette annick annie annika anouk antigone antje antoinette
    antonella antonia antonina antônia anu anupama anushka anyango aoi aoife aparna apio
    apolline araba araceli arantxa arantza aranzazu arbana archana arezoo ariadna ariane
    arianna arlette arti aránzazu asabe aseefa aseye asha ashlee ashleigh ashley asli
    aslı asma asmaa asmahan astrid asuka atefeh atieno aubrey audrey auma aurelie aurore
    aurélie ava avery awa awino axelle aya ayaan ayah ayaka ayako ayanda ayanna ayelet
    ayesha ayeza ayla aylin ayobami ayodele ayomide ayot ayse aysel aysun ayu ayumi ayşe
    azadeh azam azar azeb azizah azra babirye babita bahar bajrakitiyabha bakhtawar
    baleka barbara barbora basak basma bathabile bathsheba başak beata beate beatrice
    beatriz becky begona begoña behnaz belen belgin belinda bella belén benazir
    benedetta benedita berna bernadette bernice bertha bess bessie beth bethan bethany
    betsy bettina betty betul betül beverley beverly beáta bhavna bianca biljana billie
    binta birgit birgitta birtukan bisi bjork björk blanca blanche blandine blathnaid
    blerta bláthnaid boitumelo bola bolanle bonnie boushra bozena bożena božena bregje
    brenda brianna brid bridget brigid brigitte britt britta brittany brittney brooke
    bruna bríd buhle bukola burcu bushra busisiwe busiwan busola busra béatrice büşra
    cacilia caitlin callie camelia camila camilla camille canan candace candice caoimhe
    capucine cara carina carla carlota carlotta carly carmen carol carola carole
    caroline carolyn carrie carys casey cassandra cassie catalina catarina caterina
    catherine cathy catriona cayetana cecile cecilia cecília celeste celia celine cerys
    chamari chanda chandrika chanokporn chantal charlene charlie charlotte chebet
    chelimo chepkoech chepngetich cherono cheryl chiaki chiamaka chiara chidimma
    chidinma chie chiedza chihiro chika chimamanda chinenye chinonso chinwe chinyere
    chioma chipo chisom chitra chloe chloé chris christa christelle christiane christie
    christina christine chrysa chulabhorn ciara cigdem cindy claire clara clare clarissa
    clarisse claude claudia claudine clemence clodagh clotilde cláudia clémence colette
    conchita connie constance consuelo coralie corazon corina corinne cornelia cory
    courtney cristiane cristina cynthia cäcilia cécile céline cătălina dafna dagmar
    dalal dalia damilola dana daniela danielle danijela danuta daphne daranee daria
    darlene darya dasha dayana debbie debjani debora deborah debra deepa deepika deepti
    deeqa deirdre deja delcy delia delilah delphine denise deniz derartu derya despina
    devika dewi dian diana diane dianne dilek dilma dima dimitra dina dinah dinara dineo
    dipu divya doaa doina dolores dominique donatella donna dora dorcas doreen doris
    dorota dorothea dorothy dragana draupadi drita droupadi duaa dubravka dudu dutee
    dzifa débora ebba ebere ebru edith edna eduarda edyta eeva efe efia efrat efua
    eileen eilidh eimear einat eirini eithne ekaterina ekua elaine eleanor eleftheria
    elena eleni eleonora eleri elfriede eliane elif elin eline elira elisa elisabeth
    elisabetta elise eliska elitsa eliza elizabeth elizaveta eliška elke ella ellen
    ellie elly elodie eloise els elsa elsie elvira elzbieta elżbieta eman emanuela emel
    emer emi emilia emilie emily emine emma emmanuelle encarnacion encarnación enyonam
    eri erica erika erin erzsebet erzsébet esi esperanza esra estefania estefanía estela
    estelle esther esti ethel eugenia eugenie eugénie eunice eva evangelia evangeline
    evelyn evgenia ewa ewelina ezinne fabiana fabienne fabiola fadhlina fadumo fadzai
    fahmida fairouz fairuz farah farai fariba farideh farzana fatemeh fatima fatimah
    fatma fatou fauzia fawzia faye federica fehmida femke fenna feride fernanda ffion
    figen fikile filiz filomena fiona fionnuala fitri flavia fleur florence florencia
    flutura flávia fofi folake folasade folashade forough frances francesca francine
    francisca francoise franziska françoise frauke freda freya frida frieda friederike
    funke funmi funmilayo funmilola fátima gabi gabriela gabriele gabriella gabrielle
    gail galina galit gamze garbine garbiñe gathoni gauri geeta gemma genet genevieve
    geneviève genzebe georgina geraldine gerda gergana gertrud gertrude ghada ghazal
    ghislaine giada gianna gillian gina giorgia giovanna gisela gisele gita giulia
    giuliana giuseppina gizem gladys gleisi glenda gloria gokce golnar golshifteh
    gordana graca grace graciela grainne grazyna graça grażyna griet gráinne guadalupe
    gudaf gudrun gugu gugulethu gul gulay gulnara gulsen gulsum gunhild gunilla gurleen
    gurmeet gurpreet guðrun guðrún gwen gwendolyn gwyneth gökçe gül gülay gülsüm gülşen
    hacer hadas hadiza hadja hagit hailey hajara hala haley halima halina halyna hana
    hanaa hanan hande hania hanna hannah hanne hanneke hannelore harika harleen
    harmanpreet harper harpreet harriet harsimrat haruka hasina hatice hattie hauwa
    hayat hayfa heather heba hedwig heidemarie heidi heike helen helena helene helga
    heli helle hellen heloise hema hend hengameh henrietta henrike hibaaq hibo hikari
    hikaru hila hilary hilde hildegard hillary hima hina hinata hiroko hiromi hirunika
    hitomi hiwot hoda hodan homeira houda huda hulya humaira héloïse hélène hülya
    ibtisam ibukun ida idoia ifeoma iga ijeoma ilana ilaria ildiko ildikó ileana ilhan
    ilknur ilona ilse iman imani imee imelda imogen ina inas indah indira ines inga inge
    ingeborg inger ingrid inmaculada inna inonge intan inès inés inês ioana ioanna iqra
    irena irene irina irini irit irmgard iryna isabel isabela isabella isabelle isadora
    isha ishita isobel itziar ivana iveta iwona iyabo izabela izzah jackie jacqueline
    jada jadwiga jalisa jamie jamila jana jane janelle janet janhvi janice janine janja
    janneke jaqueline jarmila jaroslava jasbir jasleen jasmin jasmina jaspreet jaya
    jayalalithaa jean jeanette jeanine jeanne jelena jemimah jenna jennie jennifer jenny
    jepchirchir jepkemoi jepkosgei jeptoo jessica jessie jhulan jihan jill jimena jirina
    jitka jiřina jo joan joana joann joanna joanne jocelyn jodie jody johanna jolanda
    jolanta josefa josefina josephine josiane josie jovana joyce juana juanita judit
    judith judy juhi julia juliana julianna julie juliet juliette jumana junko justine
    justyna jutta jyothika jyoti jéssica júlia kagiso kaisa kajal kajol kajsa kako
    kalpana kamala kamaljit kamila kanako kangana kanimozhi kannika kanokwan kanwal
    kanya kaori kaoru kara karabo kareena karen karima karin karolina kartika katalin
    katarina katarzyna kate katerina kateryna kateřina katharina katharine katherine
    kathleen kathrin kathryn kathy katie katja katlego katrien katrin katrina katrín
    katy kavita kavitha kavya kayla kaylee kazuko keabetswe keerthy kehinde kei keiko
    keira keisha kelechi kelly kelsey kemi kendall kennedy keren kerry kerstin kerubo
    kgomotso khadija khaleda khanyi khanyisile khofifah kholoud khrystyna khumbudzo
    kiara kiko kimberly kinga kinsley kira kiran kirsi kirsten kirsty klara klavdia
    klára kobra kolinda komal konstantina kosisochukwu kris krista kristalina kristen
    kristin kristina kristyna kristýna krisztina kriti krystyna ksenia ksenija kseniya
    kubra kumiko kwamboka kylie kyoko kübra lacey ladan laetitia laila lakeisha lakshmi
    lamia lana larisa larissa larysa lata latifa latisha latoya laura laure lauren
    laurence laurie lavinia layla laëtitia lea leah leanne lebogang leena leigh leila
    leire lena leni lenka leona leonie leonor lerato lesego leslie lestari lesya
    letesenbet leticia letizia letícia leyla liat libuse libuše lidia lieke liesbeth
    lieselotte liesl liisa lila lilia liliana lillian limor lina linda lindiwe lindsay
    lindsey linnea lisa lisbeth liudmila liudmyla livia liz liza ljiljana lois lola
    loredana loren lorena lorenza loretta lori lorna lorraine lotta lotte lottie louisa
    louise loujain lourdes loveness luana lubna lucia luciana lucie lucienne lucille
    lucinda lucrezia lucy lucía ludivine ludmila luella luisa luise luiza lujain lulama
    luminita luminița lungile lydia lynda lynette lynn lynne lyubov lyudmila léa léonie
    lívia lúcia maarit maartje mabel macarena mackenzie madalina madeleine madelief
    madeline madelyn madhu madhuri madina madison maeve magdalena magdalene maggie maha
    mahin mahira mahnaz mahsa mahua mai maia mairead maite maja maki mako makoto mala
    malak malala malalai malee maleeha malgorzata malin mamata mami manal mandeep
    mandisa mandy manika manisha manjit manon manpreet manuela mapula mara marcela
    marceline marcia margaret margareta margarete margaux margherita margie margit
    margot marguerite mari maria mariah mariam mariama marian mariana mariangela
    marianne maribel maricel marie marie-anne marie-christine marie-claire marie-france
    marie-helene marie-hélène marie-louise marie-pierre marie-therese marie-thérèse
    marieke marielle mariia marija marijke mariko marilia marilou marilyn marion marisa
    marisela marisol marit marites mariya marja marjolein marjorie marketa markéta marla
    marleen marlene marta martha martina martine marvi marwa mary maryam maryna marzena
    maría marília masako masha masih masoumeh mathilde matilda maud maude maudy maureen
    mawusi maxine mayada mayawati maysa mayumi małgorzata mbali mckenzie meabh mechthild
    meena meenakshi meera megan megawati megha meghan megumi mehbooba mehriban mehwish
    meira mekdes melanie melek melina melinda melissa meltem meral merav mercedes
    meredith merja meron merve meseret mette mhairi mia michaela michela michele
    micheline michelle michiko michèle midori mihaela mika miki mila milada milagros
    mildred milena milica millicent millie mimoza mina minako mindy minna mio mira
    mirabai miranda mireia mireille mirela mirella miren miri miriam mirjam mirjana
    miroslava misaki mithali mitra miyuki modupe mojca mojgan molly momoko mona monae
    monica monika monique montse moraa morag morenike moushumi mousumi mpho muge
    muireann mulyani mumbua muna muriel muthoni mutinta mwajuma mwaka mwanaisha mwape
    mwende mwikali myra myrthe máiréad márcia márta méabh mélanie mélissa mónica mónika
    müge mădălina naama nabila nabirye nada nadege nadezhda nadia nadine nadiya nadège
    nahid najat najla najma najwa nakato nakku naledi nalubega nambi namirembe namutebi
    nanami nancy nandi nandini nandita nansubuga nantongo nao naomi narges nargis
    nasreen nasrin natalia natalie nataliia nataliya natalya natasa natasha nataša
    nathalie natsuki nattaya natália navjot navneet nawal nayanthara nazanin nazli nazlı
    nchimunya ndinda neda neelam neema negar neha nekane nell nellie nerea nermin
    nesreen nesrin nesrine nevena ngozi nhlanhla nia niamh nicola nicole nicoleta
    nicoletta nida nidhi nienke nighat niki nikita nikki niloufar nilufar nilufer
    nilüfer nina nirmala nisha nisreen nisrine nithya njeri njoki nkechi nkem nkiru
    nkosazana nneka nnenna noa nobuhle noelia noemi noemie nokuthula noluthando nolwazi
    nomaindia nomsa nomvula nomvuyo nomzamo nonhlanhla nonhle noor nora noraini noriko
    norma nosipho nosiviwe nour noura noémie ntokozo nuala nur nuray nurcan nuria nuru
    nurul nusrat nyaboke nyambura nyasha nyokabi nóra oana obiageli obioma oceane océane
    odette odile ogechi oksana olena olesya olga olha olivera olivia oluchi oluremi
    oluwatoyin omobolanle omolara omotola onyeka onyinye ophelie ophélie oprah orit orla
    orlaith orly orna ornella orsolya ozlem paetongtarn paige paivi palesa pallavi
    paloma pam pamela panagiota paola paramjit parisa parminder paromita parvaneh parvin
    pascale patricia patrizia patrícia patti paula paulette paulina pauline pavla peggy
    penelope peres pernille petra petya peyton phumzile phyllis pia pilar pimchanok
    pinar pirkko piroska pnina polina polly pooja poonam prachi pratibha preeti preneet
    priscila priscilla priya priyanka puan puja puspita putri päivi pénélope pınar rabia
    rachael rachel radha radhika radka radmila rafaela raffaella ragnhild rahaf raisa
    rakiya raluca ramatu ramona randa rangsiman rania raphaelle raphaëlle raquel rasha
    rashida rashmi rashmika ratchanok ratna raveena ravneet rawya rebeca rebecca rebekah
    reem reema reese refilwe regina regine rehema reiko rekha remedios remi renata
    renate renee renho renske renu renuka retno revathi rhiannon rhonda rie rigoberta
    riikka riitta rika riley rima rin rina rini riona risa risma rismaharini rita ritu
    rituparna rivka roberta robyn rochelle rocio rocío roisin rokeya romy ronit ronke
    rosa rosalie rosalind rosalinda rosangela rosanna rose rosemarie rosie rosmah
    rossana rosângela rotem rowena roxana roxanne roya roza rukayya rula rumbidzai
    rumyana rupinder rutendo ruth ruvimbo rym régine ríona róisín saba sabina sabine
    sabrina sachiko sade sadia sadie safa safiya sahar sahlework sahra saima saina sajal
    sajeda sakura sally salma salome saltanat sam samaneh samantha samar samia samina
    samira sana sanae sandra sandrine sangeeta sangeetha sania sanja sanna sanne saoirse
    sapna sara sarah saranya saratu sarit sarita sarka sasha saskia satomi satu savita
    sawsan sayaka seda seema segolene seiko selam selasi selena selin sema sena sepideh
    serap seren serena severine sevgi sevim seyi shabana shabnam shadi shafali shahd
    shahin shahla shaima shalini shanice shaniqua shannon sharmila sharon shauna shazia
    sheila shelby shelley shereen sherine sherry sheryl shilpa shiori shira shireen
    shirin shirley shizuka shobana shobha shohreh shona shraddha shreya shruti shukria
    shula shweta sian sibel sibongile sidra sifan signe sigrid sigridur sigriður
    sigríður siham silje silke silvana silvia sima simin simisola simona simone simran
    simranjit sindhu sindisiwe sinead sinéad siobhan siobhán siphokazi sirikit sirimavo
    sirivannavari sirpa siti siân skylar slavica smita smriti sneha snezana snežana
    sofia sofie sofiya soha soheila sohini sola solange soledad solene solomiia solveig
    solène somsri sona sonal sonam songul songül sonia sonja sophia sophie soraya sorcha
    sorina souad soňa sridevi stacey stacy stavroula stefania stefanie steffi stefka
    stella stephanie stéphanie suad suchitra suda sudarat sudeshna sudha suha sule
    sumaira suman sumana sumathi sumaya sumitra sunita supattra supriya susan susana
    susanna susanne sushma susi susie suthida suzanne svea svenja svetlana svitlana
    swati sybil sylvia sylvie sylwia szilvia ségolène séverine sílvia sônia taapsee
    tabitha tafadzwa tahmina taiwo takako tali tamannaah tamar tamara tamika tammy tania
    tanisha tanja tansu tanusree tanvi tanya tara taraneh tarja taslima tatenda tatiana
    tatjana tatyana tawakkol taylor tayo tebogo tehmina temi temitope tendai teodora
    teresa tereza terri tess tessa tetiana tetyana teuta thais thandeka thandi thandiwe
    thato thaís thelma thembi theodora theresa therese thitikan thuli thérèse tiana
    tiffany tigist tiina tijana timea tina tinashe tineke tirunesh titilayo tiwa tiziana
    tobi tola tolani tolu tolulope tomoko tomomi toni tonya tove toyin tracey tracy tri
    trine trisha trudy tsehay tsitsi tsvetanka tugba tumi tuula tuğba tzipi tânia tímea
    ubolratana uche uchechi ugochi ugonna uju ujunwa ulla ulrika ulrike ulyana uma una
    upendo ursula urszula usha uta ute uzma valentina valeria valerie valérie vandana
    vanessa vasiliki vasundhara veerle venus vera verena veronica veronika veronique
    verónica vesna vibeke vicki vicky victoria vidya viktoria viktoriia vilma vineeta
    vinesh violeta viorica virginia virginie vitoria vittoria vitória vivian vivienne
    vjosa vlasta véronique věra wafa wairimu waithera waltraud wambui wanda wangari
    wangeci wangui wanjiku wanjiru wavinya wendy weronika whitney widad wiebke wieslawa
    wiesława wilma winifred winnie wioletta wulan wunmi ximena xiomara xochitl xóchitl
    yaa yaara yadira yael yamile yamini yana yanet yanti yasaman yasemin yasmin yasmina
    yasmine yayra yehudit yekaterina yelena yemi yenny yesenia yeshi yeside yesim
    yetunde yevgenia yewande yeşim yingluck yoko yolanda yordanka yoshiko yui yuka
    yukari yuki yukiko yuko yuli yulia yuliia yulimar yuliya yumi yumiko yuriko yvette
    yvonne zahra zaina zainab zandile zanele zarifa zarina zawadi zdenka zdeňka zehava
    zehra zeina zeinab zewditu zeynep zinaida zineb zinhle zipporah zodwa zoe zoey zofia
    zohreh zola zorana zoriana zorica zoya zoé zsofia zsuzsanna zsófia zubaida zuhura
    zulai zuraida zuzana zuzanna ágnes áine ángela çiğdem édith élisabeth élise élodie
    éloïse émilie éva özlem úna şule šárka
    """.split()
)
