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
    aaron abdallah abdel abdelaziz abdelrahman abdi abdirahman abdoulaye abdul abdulaziz
    abdullah abdullahi abdulrahman abhishek abhisit abiy abubakar adam adebayo adewale
    agus ahmad ahmed ahmet aitor ajay akhilesh akira alaa alain alan albert alberto aldo
    alejandro aleksandar aleksei alessandro alex alexander alexandre alexei alexey
    alexis ali alisher allan amani amin aminu amir amit ammar anand anas anders anderson
    andre andrea andreas andrei andres andrew andrey andrii andriy andrzej andré andrés
    angelo anies anil anthony antoine anton antonio antónio antônio anutin aoi arash
    arjun artem arthur artyom arun arvind ashley asif atiku austin axel ayodele ayoub
    azmin babak babar babatunde baljit bambang bandar barack bas bassirou behrouz ben
    benigno benjamin benoit benoît bernard bernd bheki bijan bilal bilawal billy bjorn
    björn bjørn bobby bojan bola bongani bongbong boris bradley brandon branko brendan
    brian bruce bruno bryan budi burak caleb callum cameron camille carl carlo carlos
    casey cem charles charlie chidi chihiro chijioke chinedu chris christian christophe
    christopher christos chukwudi chukwuemeka ciaran claude colin connor conor costas
    craig curtis daisuke damilola dan dana daniel danny dapo darius dariush darren dave
    david debretsion declan dedi deepak denis deniz dennis derek didier diego dieter
    dimitrios dimitris dinesh dmitri dmitry dmytro domenico dominic dominique donald
    douglas dragan dusan dušan dylan eamon ebrahim eduardo edward elias elijah eliud
    elon emeka emil emilio emin emmanuel emre enrique eric erik ethan eugene evan fahd
    faisal farhad fatih felipe felix femi ferdinand fergus fernando finn florian
    francesco francisco francois frank françois frederic fredrik friedrich frédéric
    fumio fábio gabriel gabriele ganesh ganjar gary gautam gavin gbenga george georgios
    gerald gerard gerhard getachew giannis gibran giorgio giorgos giovanni giuseppe
    goncalo gonzalo gonçalo goran gordon gotabaya graham gregory gudni guenter guilherme
    gunter gunther gurpreet gustav gustavo gérard günter günther hadi haider haile
    hailemariam hakan halil hamad hamdan hamid hamisi hamza hans harbhajan harjit harold
    harpreet harry haruki hasan hassan helmut hendrik henk henri henrik henrique henry
    hideki hideo hinata hiroki hiroshi hishammuddin horst hossein howard hugh hugo
    huseyin hussein hüseyin ian ibrahim ichiro ignacio igor ikenna ilham imani imran
    ioannis isaac ismail ivan ivica iñigo jabulani jack jacob jacques jafar jaime jair
    jakaya jake jakub jamal james jamie jan jared jaroslav jaroslaw jarosław jason
    jaspreet jassim jaswinder javad javier jawar jean jean- jean-luc jean-marc jean-
    marie jean-michel jean-paul jean-pierre jeffrey jejomar jens jeremy jeroen jerry
    jesse jessie jesús jim jimmy jiri jiří jo joao joaquin joaquín joe johan john johnny
    joko jomo jonas jonathan joost jordan jorge jose joseph joshua josé joão juan
    juergen juha jukka julian julien julius junichiro jurgen justin jyoti jürgen kabelo
    kagiso kalonzo kamal karabo kareem karel karim karl karthik kassim katlego kazuo
    kees kei keir keith kelechi kemal kenenisa kenji kenneth kenta kerem kevin kgomotso
    khaled khalid kiran kirill kithure klaus kofi koji kojo konstantinos kostas kris
    krzysztof kumaran kusal kwabena kwadwo kwaku kwame kyle kyriakos larry lars laurent
    lawrence lebron lesego leslie liam lindsay logan lorenzo louis luca lucas luciano
    luigi luis luiz luka lukas luke lula lungile luvuyo luís lwando lwazi maarten macky
    magnus mahathir mahdi mahesh mahinda mahmoud maithripala majid makoto malcolm
    mamadou mandeep mandla manfred manmohan manny manoel manoj manpreet mansour manuel
    marcel marcin marcio marco marcos marcus marek mario mark marko markus martin martín
    masahiro masato mason masoud massoud mateo mateus mateusz matheus matt matteo
    matthew matthias matti maxim mehdi mehmet meles mert michael michal michał michel
    michele miguel mikael mike mikhail mikko milos miloš mohamed mohammad mohammed
    mohamud mohan mohd mostafa mothusi mounir mourad moussa moustafa mpho mthunzi
    muhammad muhammadu muhyiddin mukesh murat murugan musa musalia mustafa mwai mykhailo
    mykola márcio nabil nao naoki naoto narendra nasir nathan nawaz neil nemanja neymar
    nhlanhla nicholas nicola nicolas nicolás nigel nikita nikola nikolai nikolaos nikos
    nils nitin nitish nkosinathi nnamdi noah noor nour noynoy ntokozo nuhu nuno nur
    nursultan nuru obinna ola olaf olav oleg oleksandr oleksii oleksiy oliver olivier
    olof olumide olusegun oluwaseun omar omer onyeka orhan oskar osman ousmane owen
    pablo paolo partha pascal patrick paul paulo pavel pawel paweł peder pedro pekka
    peter petr petro philip philippe phillip pierre piet pieter pietro piotr prabowo
    prakash prawit prayut prayuth rachid rafael rafizi rahul raila rainer raj rajesh
    rajiv ralph ramazan ramesh ramon ramzan ramón randy ranil rashid rashidi ratan raul
    ravi raymond raúl recep rene rené reza ricardo richard rigathi riley rin rishi
    rizwan robert roberto rodrigo roger rohit rolf romeo ronald roy ruben rui rupert
    ruslan russell rustam ruud ryan ryo ryota sachin sadio saeed sajith salman salvatore
    sam sami samir samuel sandile sani sanjay saravanan sasha satoshi saud sauli saurav
    scott sean sebastian sebastien segun selim senthil sergei sergey sergio serhii
    serhiy serkan shadi shahbaz shahid shahin shakib shigeru shinzo shoaib sibusiso
    sigurður simon simone sipho siyabonga siyabulela sizwe sjoerd slobodan somchai
    somsak sourav srettha stanislav stanislaw stanisław stavros stefan stefano stephan
    stephane stephen steve steven stéphane sukhbir suleyman suman sunil suresh susilo
    sven syed sébastien sérgio süleyman tafadzwa takashi tamim tarek tariq tarique taro
    tatenda tayo tayyip tebogo tedros temitope tendai terry tewodros thabo thaksin thato
    themba thembekile thierry thomas thulani tiago tim timothy tobi tobias tolu tom
    tomasz tommy tomáš toni tony tshepo tumelo tunde turki tyler uche uhuru ulrich umaru
    unai uwe vaclav victor vijay viktor vincent vincenzo vinicius vinícius virat
    vladimir vladimír vojislav volodymyr vusi václav víctor wale waleed walid walter
    waqar wasim wayne werner william willie wojciech wolfgang wouter yahya yannis
    yassine yaw yemi yerlan yiorgos yoshihide younes yousef youssef yuki yukio yuri
    yurii yuriy yury yusuf yves zachary zakaria zayed zdenek zdeněk zola zoran ángel
    éric íñigo óscar ömer
    adrian herbert ricky jeff greg ken ron todd troy kurt shawn shane brent brett dustin
    travis trevor josh zach nick andy stuart alistair hamish rory niall eoin cian oisin
    paddy dermot colm seamus rhys gareth dafydd owain glyn huw ieuan giles toby barnaby
    tristan oscar moritz sander bram mats knut soren søren jorgen jørgen mikkel rasmus
    gunnar aarav abhay abhijit aditya ajit akash akshay alok amitabh amol anirudh ankit
    anupam arnab ashish ashok atul avinash bharat bhupendra chetan devendra dhruv gaurav
    girish gopal hardik harish harsh hemant ishant jagdish jasprit jatin jayant jitendra
    kapil karan kartik kishore krishna kuldeep kunal lalit mayank mohit mukul murali
    naveen nikhil nilesh nitin pankaj pawan piyush pradeep prakash pramod prashant
    prithvi rajat rajendra rajiv rakesh ravindra rishabh rohit sachin sandeep sanjiv
    santosh satish shankar shikhar shivam shivraj shreyas shubman siddharth sudhir sumit
    sunil tushar uday umesh varun vikas vikram vinay vinod virat vishal yash yogesh
    yuvraj axar ajinkya cheteshwar bhuvneshwar shardul arshdeep yuzvendra jyotiraditya
    digvijay tejashwi asaduddin shehbaz shahid shoaib wasim waqar fakhar sarfaraz aamir
    abiodun adeyemi babajide chukwuma folorunsho ifeanyi kayode kehinde kola kunle
    muhammadu nnamdi obinna olamide olusegun oluwaseun segun tunde yakubu nasiru nuhu
    tukur godswill nyesom akwasi ekow anwar khairy muhyiddin mustapa najib rafizi zahid
    zafrul saifuddin prabowo sandiaga ridwan dzulkefly adham tamim yousef youssef fahad
    turki marwan walid ziad mustafa osama tarek tarik hisham nabil samir sami tariq
    jon pete phil vicente pravin praveen vivek muyiwa nelson cesar césar hector héctor julio
    marcelo santiago tomas tomás xavier alonso alvaro álvaro arturo benito bernardo cristian
    cristóbal damian damián emiliano esteban federico guillermo leonardo marcos mateo matías
    mauricio maximiliano nestor néstor octavio rodolfo ruben rubén sebastián teodoro ulises
    ayodeji bolaji gbolahan lanre niyi olumide seun tope wale yinka
    """.split()
)

FEMALE_GIVEN = frozenset(
    """
    abena abigail adaeze adaora adriana adwoa afia afua agnes agnieszka agnès agustina
    aicha aikaterini ainhoa aisha aishah aishwarya akiko akosua akua alaa alejandra
    aleksandra alena alessandra alex alexis alia alice aline almaz ama amaka amanda
    amani amara amber amelia amelie amina aminah aminata amira amrita amy amélie ana
    analyn anastasia andrea angela angeliki anita anitha anja anjali anke ann anna
    annalena anne anneke anneli annemarie anouk antonia antônia anushka aoi aoife asabe
    asha ashley asmaa astrid audrey aurelie aurélie ava awa aya ayaan ayesha ayodele
    ayse ayu ayumi ayşe azadeh azar azizah barbara beata beatriz begoña benazir beth
    betty beverly biljana binta birgit birgitta björk boitumelo bola bonnie brenda
    brigitte britt brittany bruna bukola busra büşra camila camille carla carmen carol
    carolyn casey catalina catarina catherine cecile celine chamari chandrika charlie
    charlotte cheryl chiamaka chiara chidinma chihiro chimamanda chinwe chioma chipo
    chloe chloé chris christina christine claire claude claudia clemence cláudia
    clémence courtney cristina cynthia cécile céline dalia damilola dana daniela
    danielle deborah debra deepa deepika delphine denise deniz derya despina dewi diana
    diane dilma dimitra dina dineo divya dolores dominique donna doris dorota dorothy
    dragana ebru efua eirini ekaterina eleanor elena eleni elif elisabetta elise
    elizabeth ella ellen elodie els elzbieta elżbieta eman emanuela emi emilie emily
    emine emma erica erin esra eva evangelia evelyn ewa fadumo farah fatemeh fatima
    fatimah fatma fatou federica femke fernanda fiona folake folasade frances francesca
    francisca francoise françoise funke funmilayo gabriela gabriele galina gamze genzebe
    ghada giorgia giovanna gisele giulia gloria golshifteh gordana grace guadalupe gugu
    gunilla gurpreet gülsüm hadiza halima halyna hana hande hannah hanneke harleen
    harpreet harriet haruka hasina hatice hauwa heather heba heike helen helene hibo
    hillary hina hinata hiroko hirunika hiwot hodan huda hulya hélène hülya ilse iman
    imani indah indira ines ingeborg inger ingrid inès ioanna irina irini iryna isabel
    isabella isabelle itziar ivana jacqueline jamie jamila jana jane janet janice
    janneke jasleen jaspreet jaya jean jelena jennifer jenny jessica jessie jill jimena
    jitka jo joan joana joanna jocelyn jovana joyce judith judy julia juliana julie
    jyoti jéssica júlia kagiso kamala kannika kanya kaori karabo kareena karen karima
    karin karolina katarzyna kate katerina kateryna kateřina katharina katherine
    kathleen kathrin kathryn katie katja katlego katrin katrín kavita kavitha kayla kei
    keiko kelechi kelly kemi kerstin kgomotso khadija khaleda khanyisile kimberly kiran
    konstantina kris krystyna ksenia kumiko kyoko laila lakshmi larisa larissa latifa
    laura lauren layla lea leah leila lena lenka leonor lerato lesego leslie letesenbet
    letícia lieke lina linda lindiwe lindsay lisa liudmyla liz ljiljana lori lorna
    lorraine lotta lotte lucia luciana lucie lucy lucía ludmila lungile lynn lyubov
    lyudmila léa madhuri madison magdalena mahsa makoto malak malala malee malgorzata
    malin mamata manal mandeep mandisa manon manpreet marcia margaret margaux mari maria
    mariam mariama mariana maricel marie marie-claire marieke marielle marija marijke
    marilou marilyn marites marta martha martina martine mary maryam maría masako masih
    mathilde mayumi małgorzata meena meenakshi megan megawati meghan megumi mekdes
    melanie melek melissa meral meron merve meseret mette mia michele michelle michiko
    midori milagros milica mina mirjana mitra modupe molly mona monica monika moushumi
    mousumi mpho muthoni mwanaisha márcia mónica nabila nadezhda nadia naledi nancy
    nandi nao naomi narges nasrin natalia natalie nataliia natalya natasa nataša
    nathalie nawal nazanin neda neha nesrine ngozi nhlanhla niamh nicola nicole nida
    nikita nikki niloufar nina nirmala nisha njeri nkosazana nokuthula noluthando
    nomvula nomvuyo nomzamo nonhlanhla noor nora noraini noriko nour noura ntokozo nur
    nurcan nuru nurul nusrat nyambura oksana olena olga olha olivia onyeka oprah ozlem
    paetongtarn paige paivi palesa pamela panagiota paola parisa patricia patrícia paula
    pauline pernille petra pilar pooja priscila priya priyanka puan putri päivi rabia
    rachel radha rafaela rania raquel rasha rashida rebecca reem rekha renate retno
    revathi riikka riley rin rina rituparna roberta rosa rosalinda rose rosmah rowena
    roya rukayya rumbidzai rutendo ruth saba sabine sachiko sadia safiya sahra sakura
    sally salma sam samantha samia samira sana sanae sandra sandrine sanna sanne saoirse
    sara sarah saranya sasha segolene selam selin serena shadi shahin sharmila sharon
    sheila shirin shirley shohreh sibel signe sigrid silje silke silvia simone simran
    sinead sinéad siobhan siphokazi sirikit sirimavo siti smriti snezana snežana sofia
    somsri sonia sophia sophie soraya souad stefanie steffi stephanie stéphanie suda
    suman sunita susan susanne sushma svetlana svitlana sylvie ségolène sônia tafadzwa
    tamara tania tansu tara tarja tatenda tatiana tatyana tayo tebogo temitope tendai
    teresa tereza tetiana tetyana thandeka thandiwe thato theresa thuli tigist tijana
    tina tirunesh tobi tolu tomoko toni toyin tracy tuula tânia uche ursula usha
    valentina valeria valerie valérie vanessa vasiliki vera veronique verónica vesna
    victoria virginia véronique věra wairimu wambui wangari wanjiku wanjiru wavinya
    wendy wulan ximena yasmin yasmina yasmine yekaterina yelena yemi yingluck yoko
    yoshiko yuki yuko yulia yuliia yumi yuriko zahra zainab zanele zeinab zeynep zoe
    zofia zola zorana zuhura zuraida élise élodie émilie özlem
    mildred kathy tammy irene louise wanda lois phyllis norma annie lillian peggy gladys
    rita connie florence edna tiffany cindy edith sherry sylvia josephine thelma shannon
    ethel elaine marjorie carrie esther juanita rhonda debbie clara lucille joanne alicia
    suzanne gail bertha darlene veronica geraldine cathy joann regina beatrice bernice
    yvonne annette marion stacy renee vivian loretta yolanda jeanette laurie kristen
    elsie jeanne linnea elin frida maja ebba wilma aishwarya anjali anushka deepika divya
    kavita madhuri mamata meenakshi neha nirmala pratibha preeti radhika shabana shilpa
    swati tanvi vandana maryam benazir mehbooba hina adaeze chiamaka chioma folake
    funmilayo ngozi nkechi oluwatoyin titilayo yetunde hauwa abena akosua efua nurul
    kehinde kiran
    xochitl xóchitl adriana alejandra antonia catalina claudia daniela esperanza fernanda
    florencia guadalupe inés josefina juliana lorena luciana manuela mariana mercedes natalia
    paola renata rocío silvana susana funmi
    """.split()
)
