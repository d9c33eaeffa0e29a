//! Sales and compliance vocabulary of German, French, Spanish, Dutch, Portuguese, Italian,
//! Polish, Danish, Norwegian and Swedish in the library's English (about 2,500 words: security, contracts, leases, pricing,
//! implementation, workforce, operations, backup and recovery; never who the prospect is):
//! a prospect writes "Sicherheitsfragebogen" or "tarifs" to a rep whose library says
//! "security questionnaire" and "pricing". Page words only; the library is not translated.

use crate::fxhash::FxHashMap as HashMap;
use crate::taxonomy::fold_lower;
use crate::text::{for_each_token, for_each_word, offset_in};
use std::borrow::Cow;
use std::sync::OnceLock;

/// `foreign = English words`, a line each, `#` before a language's name. Keys and values go
/// through the same tokenizer as pages, so plural and case forms meet. One English word per
/// idea: two would count it twice. One string, not a table of pairs: in wasm each pair would
/// add 16 bytes of pointers, a quarter of the table's size.
const WORDS: &str = "\
# German
kompetenz = competency
deutschland = germany
österreich = austria
schweiz = switzerland
frankreich = france
spanien = spain
italien = italy
niederlande = netherlands
einschreibung = enrollment
immatrikulation = enrollment
sicherheit = security
sicherheitskonzept = security
sicherheitsfragebogen = security questionnaire
fragebogen = questionnaire
betriebsrat = works council
betriebsvereinbarung = works council
datenschutz = privacy
dsgvo = gdpr
gehostet = residency
erstgespräch = discovery
kennenlerngespräch = discovery
auftragsverarbeitungsvertrag = dpa
auftragsverarbeitung = dpa
avv = dpa
preis = pricing
preise = pricing
preisliste = pricing
preisangebot = quote
kosten = cost
angebot = proposal
vertrag = contract
vertragsentwurf = contract
referenz = reference
referenzen = reference
referenzkunde = reference
referenzkunden = reference
fallstudie = case study
fallstudien = case study
erfolgsgeschichte = case study
kunde = customer
kunden = customer
rabatt = discount
mehrjährig = multi year
mehrjahresvertrag = multi year contract
laufzeit = term
nachlass = discount
schulung = training
schulungen = training
einführung = implementation
implementierung = implementation
schnittstelle = integration
schnittstellen = integration
testversion = trial
testphase = trial
zertifikat = certification
zertifizierung = certification
rechenzentrum = data center
rechenzentren = data center
datenresidenz = residency
datenspeicherung = residency
verschlüsselung = encryption
ausschreibung = rfp
barrierefreiheit = accessibility
unterschrift = signature
signatur = signature
elektronische = electronic
verlängerung = renewal
lizenz = license
lizenzen = license
nutzer = user
benutzer = user
wettbewerber = competitor
vergleich = comparison
krankenhaus = hospital
patientendaten = patient data
behörde = agency
schule = school
universität = university
wechsel = migration
aufbewahrung = retention
archivierung = retention
prüfpfad = audit trail
revisionssicher = audit
vorlage = template
vorlagen = template
leitfaden = guide
rechtsabteilung = legal
speicherort = residency
datenstandort = residency
rechtsverbindlich = legally binding
verbindlich = binding
vereinbarung = agreement
erklärung = statement
konformität = conformance
bericht = report
penetrationstest = penetration test
studierende = student
förderung = grant
fördermittel = grant
gemeinnützige = nonprofit
spende = donor
spenden = donor
pilotprojekt = pilot
einarbeitung = onboarding
kundendienst = support
verfügbarkeit = availability
datensicherung = backup
rechnung = invoice
abrechnung = billing
zeitplan = timeline
beschaffung = procurement
einkauf = procurement
vergabe = rfp
vorführung = demo
übersicht = overview
präsentation = presentation
umstellung = migration
auswertung = reporting
handbuch = guide
haftung = liability
unterauftragsverarbeiter = subprocessor
prüfung = audit
kündigung = cancellation
erweiterung = expansion
wettbewerb = competitor
erfahrungsbericht = case study
anwenderbericht = case study
kundenbeispiel = case study
praxisbeispiel = case study
kundenstimmen = testimonial
wirtschaftlichkeit = roi
einsparungen = savings
ersparnis = savings
wirtschaftsprüfer = audit
innenrevision = audit
zertifiziert = certification
schwachstelle = vulnerability
sicherheitslücke = vulnerability
zugriff = access
zugang = access
zugriffskontrolle = access control
zugangskontrolle = access control
zugriffsrechte = permission
berechtigung = permission
rechteverwaltung = permission
rollenkonzept = role
authentifizierung = authentication
passwort = password
verschlüsselt = encryption
vorfall = incident
datenpanne = incident
datenleck = incident
risiko = risk
risiken = risk
risikobewertung = risk assessment
risikoanalyse = risk assessment
richtlinie = policy
notfallplan = backup
wiederherstellung = backup
sicherung = backup
löschung = deletion
protokollierung = logging
überwachung = monitoring
serverstandort = residency
informationssicherheit = security
cybersicherheit = security
einhaltung = compliance
vorschriften = compliance
dsfa = dpia
vertraulichkeit = privacy
geheimhaltung = nda
geheimhaltungsvereinbarung = nda
daten = data
geschäftsbedingungen = contract
nutzungsbedingungen = contract
agb = contract
rahmenvertrag = framework agreement
rahmenvereinbarung = framework agreement
kündigungsfrist = notice period
nachtrag = amendment
vertragsänderung = amendment
zusatzvereinbarung = amendment
bestellung = purchase order
bestellschein = purchase order
angebotsanfrage = rfp
lastenheft = requirements
pflichtenheft = requirements
anforderungen = requirements
unterzeichnung = signature
kündigen = cancellation
verlängern = renewal
gewährleistung = warranty
garantie = warranty
schadensersatz = liability
vertragsstrafe = penalty
rechtsanwalt = legal
anwalt = legal
jurist = legal
lieferant = vendor
anbieter = vendor
dienstleister = vendor
preismodell = pricing
kostenvoranschlag = pricing
gebühr = pricing
staffelpreis = pricing
abonnement = subscription
abo = subscription
zahlung = invoice
steuer = tax
mehrwertsteuer = tax
umsatzsteuer = tax
mwst = tax
währung = currency
buchhaltung = accounting
finanzbuchhaltung = accounting
fibu = accounting
kreditor = accounts payable
kreditorenbuchhaltung = accounts payable
debitor = accounts receivable
bankkonto = bank account
bankverbindung = bank account
konto = account
betrug = fraud
genehmigung = approval
freigabe = approval
ausgaben = expense
spesen = expense
spesenabrechnung = expense
reisekosten = expense
abgleich = reconciliation
warenwirtschaft = erp
haushaltsmittel = budget
finanzierung = budget
amortisation = roi
rendite = roi
gesamtbetriebskosten = roi
lohn = payroll
lohnabrechnung = payroll
gehaltsabrechnung = payroll
entgeltabrechnung = payroll
lohnbuchhaltung = payroll
gehalt = payroll
umsetzung = implementation
inbetriebnahme = go live
produktivstart = go live
konfiguration = configuration
anpassung = customization
datenimport = import
datenübernahme = import
datenmigration = migration
datenexport = export
projektplan = project plan
meilenstein = milestone
dokumentation = documentation
anleitung = guide
anbindung = integration
konnektor = integration
kundenservice = support
reaktionszeit = response time
wartung = maintenance
instandhaltung = maintenance
aktualisierung = update
testzugang = trial
testumgebung = sandbox
dienstplan = scheduling
einsatzplanung = scheduling
personaleinsatzplanung = scheduling
personalplanung = scheduling
terminplanung = scheduling
schichtplan = shift scheduling
schicht = shift
rufbereitschaft = on call
zeiterfassung = time tracking
arbeitszeiterfassung = time tracking
arbeitszeit = working time
ruhezeit = rest period
stempeln = clock in
stempeluhr = time clock
stundenzettel = timesheet
stundennachweis = timesheet
überstunden = overtime
mehrarbeit = overtime
urlaub = leave
elternzeit = parental leave
abwesenheit = absence
fehlzeiten = absence
krankmeldung = sick leave
mitarbeiter = employee
mitarbeitende = employee
beschäftigte = employee
arbeitnehmer = employee
belegschaft = staff
personalwesen = hr
personalabteilung = hr
vorgesetzter = manager
führungskraft = manager
teamleiter = manager
gewerkschaft = union
tarifvertrag = collective agreement
tarifbindung = collective agreement
mitbestimmung = works council
arbeitsrecht = labor law
arbeitsvertrag = employment contract
arbeitsschutz = safety
arbeitssicherheit = safety
pflegekraft = nurse
krankenschwester = nurse
pflegepersonal = nurse
qualifikation = qualification
ablaufdatum = expiry
gültigkeit = expiry
bewerbermanagement = recruiting
personalbeschaffung = recruiting
fuhrpark = fleet
flotte = fleet
fahrzeug = vehicle
kfz = vehicle
lkw = truck
lastwagen = truck
fahrer = driver
tourenplanung = route planning
routenplanung = route planning
routenoptimierung = route planning
disponent = dispatch
lager = warehouse
lagerverwaltung = warehouse
lagerhaltung = inventory
bestand = inventory
inventur = inventory
lieferung = delivery
zustellung = delivery
auslieferung = delivery
versand = shipping
sendung = shipping
sendungsverfolgung = tracking
kraftstoff = fuel
treibstoff = fuel
tankkarte = fuel card
versicherung = insurance
unfall = accident
schadensmeldung = claim
schadensfall = claim
telematik = telematics
ortung = tracking
nachverfolgung = tracking
fahrtenbuch = logbook
lenkzeit = driving time
fahrtenschreiber = tachograph
logistik = logistics
spedition = logistics
lieferkette = supply chain
ergebnis = results
ergebnisse = results
kennzahlen = kpi
berichtswesen = reporting
gesundheitswesen = healthcare
gesundheit = healthcare
krankenkasse = health insurance
krankenversicherung = health insurance
bildung = education
bildungswesen = education
hochschule = university
kommune = municipality
gemeinde = municipality
stadtverwaltung = municipality
regierung = government
öffentlich = public sector
stiftung = nonprofit
einzelhandel = retail
einzelhändler = retail
fertigung = manufacturing
fabrik = manufacturing
gastronomie = hospitality
hotellerie = hospitality
gastgewerbe = hospitality
bauwesen = construction
baugewerbe = construction
bauindustrie = construction
baustelle = construction
bauunternehmen = construction
stadtwerke = utility
energieversorger = utility
benachrichtigung = notification
mitteilung = notification
warnung = alert
alarmierung = alert
arbeitsablauf = workflow
automatisierung = workflow
automatisiert = workflow
sprache = language
mehrsprachig = multilingual
übersetzung = translation
betriebszeit = sla
servicelevel = sla
ausfallzeit = downtime
ausfall = outage
störung = outage
mobil = mobile
benutzerfreundlichkeit = usability
bedienbarkeit = usability
kalender = calendar
buchung = booking
skalierbarkeit = scalability
bereitschaftsdienst = on call
bestandskunde = customer
melden = report
meldung = report
meldungen = report
handy = phone
telefon = phone
anonym = anonymous
beinaheunfall = near miss
beinaheunfälle = near miss
gabelstapler = forklift
kopie = copy
kopien = copy
löschen = delete
gelöscht = delete
verschlüsseln = encryption
angreifer = attacker
angriff = attack
unveränderlich = immutable
unveränderbar = immutable
wiederherstellen = restore
wiederhergestellt = restore
sichern = backup
gesichert = backup
notfall = disaster
erpressungstrojaner = ransomware
# French
allemagne = germany
suisse = switzerland
espagne = spain
italie = italy
belgique = belgium
inscription = enrollment
inscriptions = enrollment
sécurité = security
confidentialité = privacy
rgpd = gdpr
soustraitant = dpa
prix = pricing
tarif = pricing
tarifs = pricing
tarification = pricing
coût = cost
coûts = cost
devis = quote
proposition = proposal
contrat = contract
référence = reference
références = reference
étude = study
client = customer
clients = customer
remise = discount
pluriannuel = multi year
pluriannuelle = multi year
réduction = discount
formation = training
déploiement = implementation
intégration = integration
intégrations = integration
essai = trial
démonstration = demo
démo = demo
chiffrement = encryption
hébergement = residency
héberger = residency
synchronisation = sync
synchronisé = sync
sincronización = sync
sincronizado = sync
synchronisiert = sync
hébergé = residency
conforme = compliance
ue = eu
données = data
résidence = residency
accessibilité = accessibility
électronique = electronic
renouvellement = renewal
licence = license
licences = license
utilisateur = user
utilisateurs = user
concurrent = competitor
comparaison = comparison
hôpital = hospital
patients = patient
santé = health
école = school
université = university
conservation = retention
archivage = retention
modèle = template
modèles = template
subvention = grant
subventions = grant
donateurs = donor
appel = rfp
cas = case
localisation = residency
traitance = dpa
étudiant = student
étudiants = student
accord = agreement
juridique = legal
conformité = compliance
rapport = report
marché = procurement
achats = procurement
piste = audit trail
disponibilité = availability
sauvegarde = backup
facture = invoice
facturation = billing
calendrier = timeline
délai = timeline
délais = timeline
approvisionnement = procurement
présentation = presentation
aperçu = overview
responsabilité = liability
vérification = audit
résiliation = cancellation
témoignage = testimonial
témoignages = testimonial
économies = savings
rentabilité = roi
cahier = rfp
pilote = pilot
certifié = certification
chiffré = encryption
cryptage = encryption
accès = access
habilitation = permission
authentification = authentication
vulnérabilité = vulnerability
faille = vulnerability
risque = risk
politique = policy
charte = policy
fuite = incident
journalisation = logging
traçabilité = audit trail
cybersécurité = security
réglementation = compliance
réglementaire = compliance
souveraineté = residency
souverain = residency
aipd = dpia
cgv = contract
cgu = contract
préavis = notice period
avenant = amendment
commande = purchase order
offre = proposal
reconduction = renewal
tacite = renewal
résilier = cancellation
pénalité = penalty
garantie = warranty
indemnisation = liability
fournisseur = vendor
prestataire = vendor
exigence = requirements
prérequis = requirements
avocat = legal
tarifaire = pricing
chiffrage = pricing
cotation = pricing
frais = pricing
abonnement = subscription
paiement = invoice
impôt = tax
taxe = tax
tva = tax
fiscalité = tax
comptabilité = accounting
comptable = accounting
bancaire = bank account
fraude = fraud
approbation = approval
dépense = expense
rapprochement = reconciliation
lettrage = reconciliation
budgétaire = budget
financement = budget
investissement = roi
pgi = erp
paie = payroll
salaire = payroll
rémunération = payroll
implémentation = implementation
œuvre = implementation
bascule = go live
paramétrage = configuration
personnalisation = customization
importation = import
exportation = export
interfaçage = integration
connecteur = integration
accompagnement = support
assistance = support
recette = testing
rétroplanning = timeline
jalon = milestone
atelier = training
tutoriel = training
planification = scheduling
horaires = working time
astreinte = on call
pointage = clock in
badgeuse = time clock
badgeage = clock in
congé = leave
absentéisme = absence
maladie = sick leave
employé = employee
collaborateur = employee
personnel = staff
effectifs = staff
encadrement = manager
syndicat = union
ccn = collective agreement
cse = works council
infirmier = nurse
compétence = skills
recrutement = recruiting
embauche = recruiting
rh = hr
flotte = fleet
véhicule = vehicle
chauffeur = driver
conducteur = driver
itinéraire = route
tournée = route
trajet = route
entrepôt = warehouse
inventaire = inventory
livraison = delivery
expédition = shipping
colis = shipping
carburant = fuel
mutuelle = health insurance
sinistre = claim
télématique = telematics
géolocalisation = tracking
logistique = logistics
transporteur = carrier
résultat = results
indicateur = kpi
tableaux = reporting
statistiques = reporting
concurrence = competitor
comparatif = comparison
hospitalier = healthcare
éducation = education
enseignement = education
collectivité = government
mairie = municipality
municipalité = municipality
ministère = government
publique = public sector
associatif = nonprofit
associative = nonprofit
fondation = nonprofit
ong = nonprofit
magasin = retail
industriel = manufacturing
usine = manufacturing
manufacturier = manufacturing
hôtellerie = hospitality
hôtelier = hospitality
btp = construction
chantier = construction
bâtiment = construction
alerte = alert
automatisation = workflow
gabarit = template
langue = language
multilingue = multilingual
traduction = translation
panne = outage
nuage = cloud
infonuagique = cloud
réservation = booking
ergonomie = usability
évolutivité = scalability
devises = currency
assureur = insurance
signaler = report
signalement = report
signalements = report
téléphone = phone
anonyme = anonymous
anonymement = anonymous
# Spanish
alemania = germany
españa = spain
francia = france
italia = italy
suiza = switzerland
inscripción = enrollment
inscripciones = enrollment
matrícula = enrollment
seguridad = security
cuestionario = questionnaire
privacidad = privacy
protección = protection
precio = pricing
precios = pricing
tarifa = pricing
costo = cost
coste = cost
cotización = quote
presupuesto = budget quote
contrato = contract
referencia = reference
referencias = reference
caso = case
casos = case
éxito = study
cliente = customer
clientes = customer
descuento = discount
plurianual = multi year
plurianuales = multi year
capacitación = training
formación = training
implementación = implementation
integración = integration
integraciones = integration
migración = migration
prueba = trial
demostración = demo
certificación = certification
certificado = certification
cifrado = encryption
alojamiento = residency
alojar = residency
aloja = residency
alojado = residency
alojada = residency
datos = data
residencia = residency
accesibilidad = accessibility
firma = signature
electrónica = electronic
renovación = renewal
licencia = license
licencias = license
usuario = user
usuarios = user
competidor = competitor
competencia = competitor
comparación = comparison
comparativa = comparison
paciente = patient
pacientes = patient
salud = health
escuela = school
universidad = university
licitación = rfp
conservación = retention
retención = retention
plantilla = template
plantillas = template
subvención = grant
subvenciones = grant
acuerdo = agreement
localización = residency
ubicación = residency
jurídico = legal
vinculante = binding
informe = report
estudiantes = student
donantes = donor
auditoría = audit
soporte = support
disponibilidad = availability
respaldo = backup
factura = invoice
facturación = billing
cronograma = timeline
plazo = timeline
plazos = timeline
compras = procurement
adquisiciones = procurement
presentación = presentation
resumen = overview
guía = guide
responsabilidad = liability
cumplimiento = compliance
cancelación = cancellation
testimonio = testimonial
ahorro = savings
ahorros = savings
piloto = pilot
propuesta = proposal
certificada = certification
penetración = penetration test
encriptación = encryption
encriptado = encryption
cifrada = encryption
acceso = access
autenticación = authentication
contraseña = password
permisos = permission
vulnerabilidad = vulnerability
riesgo = risk
política = policy
incidente = incident
brecha = incident
filtración = incident
recuperación = backup
ciberseguridad = security
normativa = compliance
regulación = compliance
reglamento = compliance
trazabilidad = audit trail
monitorización = monitoring
monitoreo = monitoring
borrado = deletion
eliminación = deletion
confidencialidad = privacy
soberanía = residency
términos = contract
condiciones = contract
preaviso = notice period
adenda = amendment
enmienda = amendment
pedido = purchase order
concurso = rfp
pliego = rfp
proveedor = vendor
requisito = requirements
penalización = penalty
garantía = warranty
indemnización = liability
rescisión = cancellation
terminación = cancellation
abogado = legal
vencimiento = expiry
caducidad = expiry
suscripción = subscription
cuota = pricing
honorarios = pricing
pago = invoice
impuesto = tax
iva = tax
moneda = currency
divisa = currency
contabilidad = accounting
contable = accounting
bancaria = bank account
fraude = fraud
aprobación = approval
gasto = expense
conciliación = reconciliation
financiación = budget
financiamiento = budget
inversión = roi
retorno = roi
nómina = payroll
salario = payroll
sueldo = payroll
despliegue = implementation
configuración = configuration
personalización = customization
importación = import
exportación = export
interfaz = integration
conector = integration
asistencia = support
mantenimiento = maintenance
actualización = update
cursos = training
documentación = documentation
calendario = timeline
hito = milestone
incorporación = implementation
turno = shift
cuadrante = scheduling
planificación = scheduling
horario = working time
jornada = working time
fichaje = time tracking
fichar = clock in
sobretiempo = overtime
vacaciones = leave
ausencia = absence
absentismo = absence
ausentismo = absence
empleado = employee
trabajador = employee
colaborador = employee
gerente = manager
jefe = manager
sindicato = union
convenio = collective agreement
laboral = labor
enfermera = nurse
enfermero = nurse
enfermería = nurse
cualificación = qualification
calificación = qualification
reclutamiento = recruiting
rrhh = hr
flota = fleet
vehículo = vehicle
conductor = driver
chofer = driver
ruta = route
almacén = warehouse
inventario = inventory
existencias = inventory
entrega = delivery
envío = shipping
combustible = fuel
aseguradora = insurance
póliza = insurance
accidente = accident
siniestro = claim
telemática = telematics
rastreo = tracking
geolocalización = tracking
logística = logistics
transportista = carrier
resultado = results
indicador = kpi
tablero = reporting
analítica = reporting
análisis = reporting
estadística = reporting
reporte = report
sanidad = healthcare
sanitario = healthcare
sanitaria = healthcare
educación = education
educativo = education
enseñanza = education
gobierno = government
ayuntamiento = municipality
municipio = municipality
municipalidad = municipality
alcaldía = municipality
ong = nonprofit
fundación = nonprofit
minorista = retail
tienda = retail
manufactura = manufacturing
fabricación = manufacturing
fábrica = manufacturing
hostelería = hospitality
hotelería = hospitality
construcción = construction
constructora = construction
obras = construction
notificación = notification
alerta = alert
aviso = notification
flujo = workflow
automatización = workflow
idioma = language
multilingüe = multilingual
multiidioma = multilingual
traducción = translation
nube = cloud
móvil = mobile
celular = mobile
reserva = booking
usabilidad = usability
escalabilidad = scalability
reportar = report
notificar = report
teléfono = phone
anónimo = anonymous
anónima = anonymous
anónimamente = anonymous
montacargas = forklift
copia = copy
borrar = delete
borró = delete
eliminar = delete
cifrar = encryption
restaurar = restore
recuperar = restore
ataque = attack
atacante = attacker
inmutable = immutable
desastre = disaster
# Dutch
competentie = competency
duitsland = germany
frankrijk = france
spanje = spain
italië = italy
zwitserland = switzerland
nederland = netherlands
belgië = belgium
beveiliging = security
vragenlijst = questionnaire
verwerkersovereenkomst = dpa
prijs = pricing
prijzen = pricing
offerte = quote
overeenkomst = contract
referentie = reference
referenties = reference
klant = customer
klanten = customer
korting = discount
implementatie = implementation
koppeling = integration
proefperiode = trial
certificering = certification
versleuteling = encryption
aanbesteding = rfp
toegankelijkheid = accessibility
handtekening = signature
verlenging = renewal
licentie = license
gebruikers = user
concurrent = competitor
ziekenhuis = hospital
penetratietest = penetration test
pentest = penetration test
studenten = student
gemeente = municipality
universiteit = university
bewaartermijn = retention
ondersteuning = support
beschikbaarheid = availability
factuur = invoice
facturatie = billing
tijdlijn = timeline
inkoop = procurement
presentatie = presentation
overzicht = overview
migratie = migration
handleiding = guide
aansprakelijkheid = liability
subverwerker = subprocessor
naleving = compliance
gegevensbescherming = privacy
prijsopgave = quote
proef = trial
opleiding = training
integratie = integration
klantverhaal = case study
succesverhaal = case study
opzegging = cancellation
besparing = savings
besparingen = savings
vergelijking = comparison
certificaat = certification
korting = discount
voorstel = proposal
beveiligd = security
informatiebeveiliging = security
cyberbeveiliging = security
gecertificeerd = certification
versleuteld = encryption
toegang = access
toegangsbeheer = access control
toegangscontrole = access control
toegangsrechten = permission
autorisatie = permission
authenticatie = authentication
wachtwoord = password
kwetsbaarheid = vulnerability
kwetsbaarheden = vulnerability
risico = risk
risicoanalyse = risk assessment
beleid = policy
datalek = incident
beveiligingsincident = incident
herstel = backup
gegevens = data
persoonsgegevens = privacy
archivering = retention
datacenter = data center
datacentrum = data center
wetgeving = compliance
regelgeving = compliance
contracten = contract
raamovereenkomst = framework agreement
raamcontract = framework agreement
voorwaarden = contract
opzegtermijn = notice period
inkooporder = purchase order
bestelling = purchase order
offerteaanvraag = rfp
uitvraag = rfp
ondertekening = signature
verlengen = renewal
opzeggen = cancellation
garantie = warranty
boete = penalty
geheimhouding = nda
leverancier = vendor
eisen = requirements
jurist = legal
juridisch = legal
prijsmodel = pricing
tarief = pricing
tarieven = pricing
abonnement = subscription
betaling = invoice
belasting = tax
valuta = currency
boekhouding = accounting
crediteuren = accounts payable
crediteurenadministratie = accounts payable
debiteuren = accounts receivable
bankrekening = bank account
fraude = fraud
goedkeuring = approval
fiattering = approval
uitgaven = expense
onkosten = expense
declaratie = expense
begroting = budget
financiering = budget
terugverdientijd = roi
rendement = roi
salarisadministratie = payroll
loonadministratie = payroll
salaris = payroll
uitrol = implementation
invoering = implementation
ingebruikname = go live
livegang = go live
configuratie = configuration
inrichting = configuration
maatwerk = customization
onderhoud = maintenance
klantenservice = support
cursus = training
documentatie = documentation
mijlpaal = milestone
mijlpalen = milestone
projectplan = project plan
rooster = scheduling
roosterplanning = scheduling
personeelsplanning = scheduling
ploeg = shift
ploegendienst = shift
bereikbaarheidsdienst = on call
tijdregistratie = time tracking
urenregistratie = time tracking
urenstaat = timesheet
inklokken = clock in
prikklok = time clock
overuren = overtime
overwerk = overtime
verlof = leave
vakantie = leave
verzuim = absence
ziekteverzuim = absence
afwezigheid = absence
ziekmelding = sick leave
medewerker = employee
werknemer = employee
personeel = staff
leidinggevende = manager
vakbond = union
cao = collective agreement
ondernemingsraad = works council
arbeidsrecht = labor law
arbeidstijd = working time
werktijden = working time
verpleegkundige = nurse
kwalificatie = qualification
vervaldatum = expiry
werving = recruiting
wagenpark = fleet
vloot = fleet
voertuig = vehicle
chauffeur = driver
routeplanning = route planning
ritplanning = route planning
magazijn = warehouse
voorraad = inventory
levering = delivery
bezorging = delivery
zending = shipping
verzending = shipping
brandstof = fuel
tankpas = fuel card
verzekering = insurance
ongeval = accident
ongevallen = accident
schade = claim
schademelding = claim
veiligheid = safety
telematica = telematics
logistiek = logistics
vervoerder = carrier
resultaat = results
resultaten = results
rapportage = reporting
verslag = report
inzicht = reporting
concurrentie = competitor
klantcase = case study
praktijkvoorbeeld = case study
gezondheidszorg = healthcare
zorgsector = healthcare
onderwijs = education
overheid = government
overheden = government
publieke = public sector
provincie = government
ministerie = government
hogeschool = university
stichting = nonprofit
detailhandel = retail
winkel = retail
maakindustrie = manufacturing
fabriek = manufacturing
horeca = hospitality
bouwsector = construction
bouwbedrijf = construction
melding = notification
notificatie = notification
waarschuwing = alert
automatisering = workflow
sjabloon = template
sjablonen = template
taal = language
talen = language
meertalig = multilingual
vertaling = translation
uitval = outage
gebruiker = user
mobiel = mobile
reservering = booking
gebruiksvriendelijkheid = usability
gebruiksgemak = usability
schaalbaarheid = scalability
melden = report
meldingen = report
telefoon = phone
anoniem = anonymous
heftruck = forklift
heftrucks = forklift
kopie = copy
verwijderen = delete
verwijderd = delete
versleutelen = encryption
herstellen = restore
aanval = attack
aanvaller = attacker
onveranderlijk = immutable
calamiteit = disaster
uitwijk = failover
# Portuguese
competência = competency
alemanha = germany
espanha = spain
frança = france
itália = italy
suíça = switzerland
brasil = brazil
segurança = security
questionário = questionnaire
privacidade = privacy
lgpd = gdpr
preço = pricing
preços = pricing
orçamento = quote
contrato = contract
referência = reference
referências = reference
desconto = discount
treinamento = training
implantação = implementation
integração = integration
teste = testing
certificação = certification
criptografia = encryption
licitação = rfp
acessibilidade = accessibility
assinatura = signature
renovação = renewal
licença = license
usuários = user
concorrente = competitor
prefeitura = municipality
escola = school
universidade = university
retenção = retention
suporte = support
disponibilidade = availability
fatura = invoice
faturamento = billing
prazo = timeline
prazos = timeline
compras = procurement
apresentação = presentation
migração = migration
guia = guide
responsabilidade = liability
subprocessador = subprocessor
auditoria = audit
conformidade = compliance
estudo = study
sucesso = study
piloto = pilot
demonstração = demo
proposta = proposal
cliente = customer
clientes = customer
economia = savings
cancelamento = cancellation
depoimento = testimonial
comparação = comparison
integrações = integration
certificações = certification
penetração = penetration test
criptografado = encryption
acesso = access
autenticação = authentication
senha = password
permissão = permission
permissões = permission
vulnerabilidade = vulnerability
risco = risk
política = policy
incidente = incident
vazamento = incident
recuperação = backup
cibersegurança = security
regulamentação = compliance
regulamento = compliance
proteção = protection
dados = data
hospedagem = residency
hospedado = residency
soberania = residency
rastreabilidade = audit trail
monitoramento = monitoring
monitorização = monitoring
exclusão = deletion
confidencialidade = privacy
termos = contract
condições = contract
aditivo = amendment
aditamento = amendment
pedido = purchase order
edital = rfp
pregão = rfp
licitações = rfp
fornecedor = vendor
requisito = requirements
multa = penalty
garantia = warranty
indenização = liability
rescisão = cancellation
vencimento = expiry
validade = expiry
advogado = legal
cotação = pricing
custo = pricing
mensalidade = subscription
subscrição = subscription
taxa = pricing
pagamento = invoice
imposto = tax
tributário = tax
tributos = tax
moeda = currency
contabilidade = accounting
contábil = accounting
bancária = bank account
fraude = fraud
aprovação = approval
aprovações = approval
despesa = expense
reembolso = expense
conciliação = reconciliation
financiamento = budget
investimento = roi
retorno = roi
folha = payroll
salário = payroll
holerite = payroll
implementação = implementation
implementações = implementation
implantações = implementation
configuração = configuration
configurações = configuration
personalização = customization
importação = import
exportação = export
conector = integration
manutenção = maintenance
atualização = update
atualizações = update
capacitação = training
formação = training
cursos = training
documentação = documentation
atendimento = support
homologação = testing
turno = shift
plantão = shift
plantões = shift
sobreaviso = on call
jornada = working time
férias = leave
afastamento = leave
ausência = absence
absenteísmo = absence
funcionário = employee
colaborador = employee
empregado = employee
trabalhador = employee
gestor = manager
gerente = manager
sindicato = union
cct = collective agreement
trabalhista = labor law
clt = labor law
enfermeiro = nurse
enfermeira = nurse
enfermagem = nurse
qualificação = qualification
qualificações = qualification
recrutamento = recruiting
rh = hr
frota = fleet
veículo = vehicle
motorista = driver
roteirização = route planning
armazém = warehouse
estoque = inventory
inventário = inventory
entrega = delivery
remessa = shipping
envio = shipping
combustível = fuel
seguradora = insurance
acidente = accident
sinistro = claim
telemetria = telematics
telemática = telematics
rastreamento = tracking
logística = logistics
transportadora = carrier
resultado = results
indicador = kpi
relatório = report
painel = reporting
análise = reporting
concorrência = competitor
comparativo = comparison
saúde = healthcare
educação = education
ensino = education
governo = government
município = municipality
ong = nonprofit
fundação = nonprofit
lucrativos = nonprofit
varejo = retail
loja = retail
manufatura = manufacturing
fábrica = manufacturing
hotelaria = hospitality
construção = construction
construtora = construction
notificação = notification
notificações = notification
alerta = alert
aviso = notification
fluxo = workflow
automação = workflow
automatização = workflow
idioma = language
multilíngue = multilingual
tradução = translation
nuvem = cloud
celular = mobile
móvel = mobile
agendamento = scheduling
reserva = booking
usabilidade = usability
escalabilidade = scalability
roteiro = route
relatar = report
telefone = phone
telemóvel = phone
anônimo = anonymous
empilhadeira = forklift
cópia = copy
apagar = delete
excluir = delete
criptografar = encryption
restaurar = restore
ataque = attack
atacante = attacker
imutável = immutable
desastre = disaster
# Italian
competenza = competency
competenze = competency
germania = germany
spagna = spain
svizzera = switzerland
sicurezza = security
questionario = questionnaire
prezzo = pricing
prezzi = pricing
preventivo = quote
contratto = contract
referenza = reference
referenze = reference
sconto = discount
formazione = training
implementazione = implementation
integrazione = integration
prova = trial
certificazione = certification
crittografia = encryption
gara = rfp
accessibilità = accessibility
firma = signature
rinnovo = renewal
licenza = license
utenti = user
concorrente = competitor
ospedale = hospital
comune = municipality
scuola = school
università = university
conservazione = retention
supporto = support
assistenza = support
disponibilità = availability
fattura = invoice
fatturazione = billing
tempistiche = timeline
cronoprogramma = timeline
acquisti = procurement
approvvigionamento = procurement
presentazione = presentation
panoramica = overview
migrazione = migration
guida = guide
responsabilità = liability
subresponsabile = subprocessor
verifica = audit
conformità = compliance
caso = case
studio = study
successo = study
cliente = customer
clienti = customer
pilota = pilot
dimostrazione = demo
offerta = proposal
risparmio = savings
risparmi = savings
disdetta = cancellation
testimonianza = testimonial
confronto = comparison
integrazioni = integration
contratto = contract
certificato = certification
certificati = certification
certificazioni = certification
penetrazione = penetration test
cifratura = encryption
crittografato = encryption
accesso = access
autenticazione = authentication
vulnerabilità = vulnerability
rischio = risk
rischi = risk
politica = policy
politiche = policy
incidente = incident
incidenti = incident
violazione = incident
ripristino = backup
normativa = compliance
normative = compliance
regolamento = compliance
riservatezza = privacy
dati = data
sovranità = residency
localizzazione = residency
tracciabilità = audit trail
monitoraggio = monitoring
autorizzazione = permission
autorizzazioni = permission
contratti = contract
condizioni = contract
preavviso = notice period
ordine = purchase order
ordini = purchase order
appalto = rfp
appalti = rfp
bando = rfp
bandi = rfp
capitolato = requirements
fornitore = vendor
fornitori = vendor
requisito = requirements
requisiti = requirements
penale = penalty
penali = penalty
garanzia = warranty
risarcimento = liability
manleva = liability
recesso = cancellation
scadenza = expiry
scadenze = expiry
avvocato = legal
costi = pricing
listino = pricing
listini = pricing
tariffa = pricing
tariffe = pricing
abbonamento = subscription
abbonamenti = subscription
canone = subscription
canoni = subscription
licenze = license
pagamento = invoice
pagamenti = invoice
fatture = invoice
tassa = tax
imposta = tax
imposte = tax
iva = tax
valuta = currency
contabilità = accounting
contabile = accounting
bancario = bank account
frode = fraud
frodi = fraud
approvazione = approval
approvazioni = approval
spesa = expense
spese = expense
rimborso = expense
riconciliazione = reconciliation
quadratura = reconciliation
bilancio = budget
finanziamento = budget
finanziamenti = budget
investimento = roi
ritorno = roi
gestionale = erp
paghe = payroll
cedolino = payroll
cedolini = payroll
stipendio = payroll
stipendi = payroll
attuazione = implementation
configurazione = configuration
impostazioni = configuration
personalizzazione = customization
personalizzazioni = customization
importazione = import
esportazione = export
interfaccia = integration
interfacce = integration
connettore = integration
connettori = integration
manutenzione = maintenance
aggiornamento = update
aggiornamenti = update
corsi = training
addestramento = training
documentazione = documentation
collaudo = testing
turno = shift
turni = shift
turnazione = scheduling
turnistica = scheduling
reperibilità = on call
presenze = time tracking
timbratura = clock in
timbrature = clock in
marcatempo = time clock
straordinari = overtime
straordinario = overtime
ferie = leave
assenza = absence
assenze = absence
malattia = sick leave
dipendente = employee
dipendenti = employee
lavoratore = employee
lavoratori = employee
collaboratore = employee
collaboratori = employee
personale = staff
dirigente = manager
dirigenti = manager
sindacato = union
sindacati = union
sindacale = union
ccnl = collective agreement
rsu = works council
orario = working time
orari = working time
infermiere = nurse
infermieri = nurse
infermieristico = nurse
qualifica = qualification
qualifiche = qualification
reclutamento = recruiting
flotta = fleet
flotte = fleet
veicolo = vehicle
veicoli = vehicle
autista = driver
autisti = driver
conducente = driver
percorsi = route
itinerario = route
spedizione = shipping
spedizioni = shipping
magazzino = warehouse
magazzini = warehouse
giacenza = inventory
giacenze = inventory
scorte = inventory
inventario = inventory
consegna = delivery
consegne = delivery
carburante = fuel
assicurazione = insurance
assicurazioni = insurance
polizza = insurance
sinistro = claim
sinistri = claim
telematica = telematics
tracciamento = tracking
geolocalizzazione = tracking
logistica = logistics
trasportatore = carrier
vettore = carrier
risultato = results
risultati = results
reportistica = reporting
cruscotto = reporting
analisi = reporting
indicatori = kpi
concorrenti = competitor
testimonianze = case study
comparazione = comparison
sanità = healthcare
sanitario = healthcare
sanitaria = healthcare
istruzione = education
pubblica = public sector
governo = government
ministero = government
municipio = municipality
onlus = nonprofit
fondazione = nonprofit
negozio = retail
negozi = retail
manifatturiero = manufacturing
manifattura = manufacturing
fabbrica = manufacturing
alberghiero = hospitality
ospitalità = hospitality
ristorazione = hospitality
edilizia = construction
cantiere = construction
cantieri = construction
ateneo = university
notifica = notification
notifiche = notification
allarme = alert
allerta = alert
flusso = workflow
flussi = workflow
automazione = workflow
lingua = language
lingue = language
multilingua = multilingual
multilingue = multilingual
traduzione = translation
nuvola = cloud
utente = user
cellulare = mobile
prenotazione = booking
prenotazioni = booking
usabilità = usability
scalabilità = scalability
archiviazione = retention
segnalare = report
segnalazione = report
segnalazioni = report
anonimo = anonymous
anonima = anonymous
muletto = forklift
copia = copy
cancellare = delete
cancellato = delete
eliminare = delete
crittografare = encryption
ripristinare = restore
attacco = attack
attaccante = attacker
immutabile = immutable
disastro = disaster
# Polish
kompetencje = competency
niemcy = germany
polska = poland
francja = france
hiszpania = spain
włochy = italy
szwajcaria = switzerland
bezpieczeństwo = security
bezpieczeństwa = security
cyberbezpieczeństwo = security
audyt = audit
audytu = audit
audyty = audit
certyfikat = certification
certyfikatu = certification
certyfikaty = certification
certyfikacja = certification
certyfikacji = certification
penetracyjny = penetration test
penetracyjne = penetration test
szyfrowanie = encryption
szyfrowania = encryption
dostęp = access
dostępu = access
uwierzytelnianie = authentication
hasło = password
hasła = password
podatność = vulnerability
ryzyko = risk
ryzyka = risk
polityka = policy
polityki = policy
incydent = incident
incydentu = incident
incydenty = incident
naruszenie = incident
naruszenia = incident
zapasowa = backup
zapasowe = backup
zapasowej = backup
zgodność = compliance
rodo = gdpr
osobowe = privacy
osobowych = privacy
prywatność = privacy
poufność = privacy
dane = data
danych = data
retencja = retention
archiwizacja = retention
archiwizacji = retention
monitorowanie = monitoring
usuwanie = deletion
kwestionariusz = questionnaire
ankieta = questionnaire
ankiety = questionnaire
uprawnienia = permission
uprawnień = permission
powierzenie = dpa
powierzenia = dpa
umowa = contract
umowy = contract
umów = contract
regulamin = contract
regulaminu = contract
ramowa = framework agreement
ramowej = framework agreement
ramowe = framework agreement
wypowiedzenie = cancellation
wypowiedzenia = cancellation
rezygnacja = cancellation
aneks = amendment
aneksu = amendment
zamówienie = purchase order
zamówienia = purchase order
zamówień = procurement
zakupy = procurement
zakupów = procurement
zaopatrzenie = procurement
przetarg = rfp
przetargu = rfp
przetargowe = rfp
ofertowe = rfp
podpis = signature
podpisu = signature
elektroniczny = electronic
odnowienie = renewal
przedłużenie = renewal
odpowiedzialność = liability
kary = penalty
gwarancja = warranty
gwarancji = warranty
dostawca = vendor
dostawcy = vendor
dostawców = vendor
wymagania = requirements
wymagań = requirements
prawnik = legal
prawny = legal
prawne = legal
cena = pricing
ceny = pricing
cennik = pricing
wycena = pricing
wyceny = pricing
koszt = pricing
koszty = pricing
kosztów = pricing
opłata = pricing
opłaty = pricing
oferta = proposal
oferty = proposal
ofertę = proposal
rabat = discount
rabatu = discount
rabaty = discount
zniżka = discount
zniżki = discount
upust = discount
subskrypcja = subscription
subskrypcji = subscription
abonament = subscription
abonamentu = subscription
licencja = license
licencji = license
licencje = license
faktura = invoice
faktury = invoice
fakturowanie = invoice
płatność = invoice
podatek = tax
podatku = tax
podatki = tax
waluta = currency
waluty = currency
księgowość = accounting
rachunkowość = accounting
należności = accounts receivable
bankowe = bank account
bankowy = bank account
bankowego = bank account
oszustwo = fraud
oszustwa = fraud
zatwierdzenie = approval
zatwierdzenia = approval
akceptacja = approval
wydatki = expense
wydatków = expense
uzgodnienie = reconciliation
uzgadnianie = reconciliation
budżet = budget
budżetu = budget
finansowanie = budget
dofinansowanie = grant
dotacja = grant
dotacje = grant
oszczędność = roi
inwestycji = roi
wynagrodzenie = payroll
wynagrodzenia = payroll
wynagrodzeń = payroll
kadry = hr
kadrowe = hr
wdrożenie = implementation
wdrożenia = implementation
wdrożeniu = implementation
wdrażanie = implementation
migracja = migration
migracji = migration
szkolenie = training
szkolenia = training
szkoleń = training
warsztaty = training
wsparcie = support
wsparcia = support
integracja = integration
integracji = integration
integracje = integration
interfejs = integration
interfejsu = integration
konfiguracja = configuration
konfiguracji = configuration
dostosowanie = customization
personalizacja = customization
uruchomienie = go live
pilotaż = trial
pilotażowy = trial
próbny = trial
testowa = trial
prezentacja = deck
harmonogram = timeline
harmonogramu = timeline
milowy = milestone
milowe = milestone
dokumentacja = documentation
dokumentacji = documentation
aktualizacja = update
aktualizacje = update
utrzymanie = maintenance
konserwacja = maintenance
szablon = template
szablony = template
grafiku = scheduling
zmianowy = shift
zmianowym = shift
dyżur = on call
dyżury = on call
ewidencja = time tracking
obecności = time tracking
nadgodziny = overtime
nadgodzin = overtime
urlop = leave
urlopu = leave
urlopy = leave
urlopów = leave
nieobecność = absence
lekarskie = sick leave
pracownik = employee
pracownicy = employee
pracowników = employee
personel = staff
personelu = staff
kierownik = manager
kierownicy = manager
menedżer = manager
związkowa = union
związkowe = union
zbiorowy = collective agreement
zbiorowego = collective agreement
zbiorowej = collective agreement
pielęgniarka = nurse
pielęgniarki = nurse
pielęgniarek = nurse
kwalifikacje = qualification
kwalifikacji = qualification
ważności = expiry
rekrutacja = recruiting
rekrutacji = recruiting
flota = fleet
floty = fleet
pojazd = vehicle
pojazdu = vehicle
pojazdy = vehicle
pojazdów = vehicle
kierowca = driver
kierowcy = driver
kierowców = driver
trasa = route
trasy = route
dyspozytor = dispatch
magazyn = warehouse
magazynu = warehouse
magazynowe = inventory
inwentaryzacja = inventory
zapasy = inventory
dostawa = delivery
dostawy = delivery
dostaw = delivery
przesyłka = shipping
przesyłki = shipping
wysyłka = shipping
wysyłki = shipping
paliwo = fuel
paliwa = fuel
paliwowa = fuel card
paliwowe = fuel card
ubezpieczenie = insurance
ubezpieczenia = insurance
wypadek = accident
wypadku = accident
wypadki = accident
szkoda = claim
szkody = claim
bhp = safety
telematyka = telematics
telematyki = telematics
śledzenie = tracking
logistyka = logistics
logistyki = logistics
przewoźnik = carrier
spedycja = logistics
klient = customer
klienci = customer
klientów = customer
referencje = reference
referencji = reference
porównanie = comparison
porównania = comparison
konkurencja = competitor
konkurencji = competitor
konkurent = competitor
wyniki = results
wyników = results
raport = report
raportu = report
raporty = report
raportów = report
raportowanie = reporting
raportowania = reporting
analityka = reporting
statystyki = reporting
wskaźniki = kpi
zdrowia = healthcare
zdrowotna = healthcare
zdrowotnej = healthcare
edukacja = education
edukacji = education
oświata = education
oświaty = education
publiczna = public sector
publiczne = public sector
publicznej = public sector
publicznych = public sector
urząd = government
urzędy = government
urzędu = government
gmina = municipality
gminy = municipality
samorząd = municipality
samorządu = municipality
samorządy = municipality
pozarządowa = nonprofit
pozarządowe = nonprofit
pozarządowych = nonprofit
fundacja = nonprofit
fundacji = nonprofit
stowarzyszenie = nonprofit
detaliczny = retail
detaliczna = retail
detalicznego = retail
sklep = retail
sklepy = retail
produkcja = manufacturing
produkcji = manufacturing
przemysł = manufacturing
fabryka = manufacturing
hotelarstwo = hospitality
gastronomia = hospitality
budownictwo = construction
budowlana = construction
budowlany = construction
budowlane = construction
uczelnia = university
uczelni = university
uniwersytet = university
uniwersytetu = university
powiadomienie = notification
powiadomienia = notification
alerty = alert
obieg = workflow
automatyzacja = workflow
automatyzacji = workflow
język = language
języków = language
wielojęzyczny = multilingual
wielojęzyczność = multilingual
tłumaczenie = translation
chmura = cloud
chmurze = cloud
chmurowe = cloud
użytkownik = user
użytkownicy = user
użytkowników = user
mobilna = mobile
mobilny = mobile
mobilnej = mobile
rezerwacja = booking
rezerwacji = booking
użyteczność = usability
skalowalność = scalability
kalendarz = calendar
eksport = export
płacowe = payroll
grafików = scheduling
ewidencji = time tracking
obiegu = workflow
zgłaszać = report
zgłoszenie = report
zgłoszenia = report
telefonu = phone
anonimowo = anonymous
anonimowe = anonymous
kopia = copy
usunąć = delete
usunięte = delete
szyfrować = encryption
przywrócić = restore
atak = attack
atakujący = attacker
niezmienny = immutable
awaria = outage
# Danish, Norwegian and Swedish (one block: the three share most of these words)
danmark = denmark
sverige = sweden
norge = norway
finland = finland
tyskland = germany
frankrig = france
frankrike = france
spanien = spain
spania = spain
italien = italy
italia = italy
nederlandene = netherlands
nederländerna = netherlands
sikkerhed = security
sikkerhet = security
säkerhet = security
it-sikkerhed = security
informationssäkerhet = security
informasjonssikkerhet = security
sikkerhedsgennemgang = security review
sikkerhetsgjennomgang = security review
säkerhetsgranskning = security review
spørgeskema = questionnaire
spørreskjema = questionnaire
frågeformulär = questionnaire
revisjon = audit
granskning = audit
certificering = certification
sertifisering = certification
certifiering = certification
certifikat = certification
sertifikat = certification
penetrationstest = penetration test
penetrasjonstest = penetration test
kryptering = encryption
krypteret = encryption
kryptert = encryption
krypterad = encryption
adgang = access
tilgang = access
åtkomst = access
adgangskode = password
passord = password
lösenord = password
sårbarhed = vulnerability
sårbarhet = vulnerability
risiko = risk
risikovurdering = risk assessment
riskbedömning = risk assessment
hændelse = incident
hendelse = incident
händelse = incident
nedbrud = outage
driftsstans = outage
avbrott = outage
sikkerhedskopi = backup
sikkerhetskopi = backup
säkerhetskopia = backup
gendannelse = restore
gjenoppretting = restore
återställning = restore
overholdelse = compliance
etterlevelse = compliance
efterlevnad = compliance
regelefterlevnad = compliance
databeskyttelse = privacy
personvern = privacy
dataskydd = privacy
persondata = privacy
personopplysninger = privacy
personuppgifter = privacy
databehandleraftale = dpa
databehandleravtale = dpa
personuppgiftsbiträdesavtal = dpa
biträdesavtal = dpa
underdatabehandler = subprocessor
underleverandør = subprocessor
underbiträde = subprocessor
datacenter = data center
datasenter = data center
opbevaring = retention
lagring = retention
sletning = deletion
sletting = deletion
radering = deletion
tilladelser = permission
tillatelser = permission
behörigheter = permission
rettigheder = permission
priser = pricing
prisen = pricing
priset = pricing
prisliste = pricing
prislista = pricing
prissætning = pricing
prissetting = pricing
prissättning = pricing
omkostning = cost
kostnad = cost
kostnader = cost
tilbud = proposal
offert = quote
prisoverslag = quote
pristilbud = quote
kontrakt = contract
aftale = contract
avtale = contract
avtal = contract
rammeaftale = framework agreement
rammeavtale = framework agreement
ramavtal = framework agreement
udbud = rfp
anbud = rfp
upphandling = procurement
indkøb = procurement
innkjøp = procurement
inköp = procurement
indkøbsordre = purchase order
innkjøpsordre = purchase order
inköpsorder = purchase order
rabat = discount
rabatt = discount
licens = license
lisens = license
abonnement = subscription
abonnemang = subscription
prøveperiode = trial
provperiod = trial
prøveversion = trial
testperiode = trial
opsigelse = cancellation
oppsigelse = cancellation
uppsägning = cancellation
opsigelsesvarsel = notice period
oppsigelsestid = notice period
uppsägningstid = notice period
fornyelse = renewal
förnyelse = renewal
budsjett = budget
faktura = invoice
fakturaer = invoice
fakturor = invoice
fakturering = billing
betalning = billing
mva = tax
godkendelse = approval
godkjenning = approval
godkännande = approval
referencekunde = reference
referansekunde = reference
referenskund = reference
referencer = reference
referanser = reference
referenser = reference
kundecase = case study
kundehistorie = case study
kundcase = case study
kundberättelse = case study
kunde = customer
kunder = customer
kund = customer
præsentation = presentation
presentasjon = presentation
oversigt = overview
oversikt = overview
översikt = overview
sammenligning = comparison
sammenlikning = comparison
jämförelse = comparison
konkurrent = competitor
konkurrenter = competitor
implementering = implementation
införande = implementation
idriftsættelse = go live
idriftsettelse = go live
driftstart = go live
tidsplan = timeline
projektplan = project plan
prosjektplan = project plan
integrasjon = integration
integrering = integration
grænseflade = integration
grensesnitt = integration
gränssnitt = integration
opsætning = configuration
oppsett = configuration
konfiguration = configuration
konfigurasjon = configuration
tilpasning = customization
anpassning = customization
migrering = migration
migrasjon = migration
uddannelse = training
opplæring = training
utbildning = training
kursus = training
undervisning = training
kundeservice = support
kundtjänst = support
dokumentation = documentation
dokumentasjon = documentation
vejledning = guide
veiledning = guide
vägledning = guide
brugervejledning = guide
brukerveiledning = guide
skabelon = template
rapport = report
rapporter = report
rapportering = reporting
anmeldelse = report
tilgængelighed = accessibility
tilgjengelighet = accessibility
tillgänglighet = accessibility
oppetid = availability
tilgængelig = availability
skalerbarhed = scalability
skalerbarhet = scalability
skalbarhet = scalability
brugervenlighed = usability
brukervennlighet = usability
användarvänlighet = usability
bruger = user
brugere = user
bruker = user
brukere = user
användare = user
medarbejder = employee
medarbejdere = employee
ansatt = employee
ansatte = employee
anställd = employee
anställda = employee
medarbetare = employee
personale = staff
vagtplan = scheduling
vaktplan = scheduling
schemaläggning = scheduling
vagter = shift
vakter = shift
skift = shift
skiftarbejde = shift
tidsregistrering = time tracking
tidrapportering = time tracking
timeregistrering = time tracking
løn = payroll
lønn = payroll
lön = payroll
lønkørsel = payroll
lønnskjøring = payroll
lönehantering = payroll
overarbejde = overtime
overtid = overtime
övertid = overtime
ferie = leave
fravær = absence
frånvaro = absence
sygefravær = sick leave
sykefravær = sick leave
sjukfrånvaro = sick leave
fagforening = union
fagforbund = union
fackförening = union
overenskomst = collective agreement
tariffavtale = collective agreement
kollektivavtal = collective agreement
arbejdsmiljø = safety
arbeidsmiljø = safety
arbetsmiljö = safety
ulykke = accident
arbeidsulykke = accident
olycka = accident
lager = warehouse
levering = delivery
leverance = delivery
leverans = delivery
forsendelse = shipping
frakt = shipping
køretøj = vehicle
kjøretøy = vehicle
fordon = vehicle
flåde = fleet
flåte = fleet
fordonsflotta = fleet
chauffør = driver
sjåfør = driver
förare = driver
brændstof = fuel
drivstoff = fuel
bränsle = fuel
vedligeholdelse = maintenance
vedlikehold = maintenance
underhåll = maintenance
besparelse = savings
besparelser = savings
innsparing = savings
besparing = savings
besparingar = savings
tilbagebetalingstid = roi
inntjeningstid = roi
återbetalningstid = roi
resultater = results
resultat = results
forsikring = insurance
försäkring = insurance
sygeforsikring = health insurance
helseforsikring = health insurance
sjukförsäkring = health insurance
skat = tax
skatt = tax
skatter = tax
skatteinbetalning = tax
personalegoder = benefits
frynsegoder = benefits
förmåner = benefits
koster = pricing
kostar = pricing
registrere = register
registrera = register
registrerat = register
delstat = state
delstater = state
erstatningsansvar = liability
ansvar = liability
bøde = penalty
garanti = warranty
leverandør = vendor
leverantör = vendor
offentlig = public sector
kommune = municipality
kommun = municipality
sygehus = hospital
sykehus = hospital
sjukhus = hospital
universitet = university
studerende = student
studenter = student
elever = student
sygeplejerske = nurse
sykepleier = nurse
sjuksköterska = nurse
velgørenhed = nonprofit
veldedighet = nonprofit
välgörenhet = nonprofit
detailhandel = retail
detaljhandel = retail
produktion = manufacturing
produksjon = manufacturing
tillverkning = manufacturing
mobil = mobile
telefon = phone
sprog = language
språk = language
oversættelse = translation
oversettelse = translation
översättning = translation
flersproget = multilingual
flerspråklig = multilingual
flerspråkig = multilingual
underretning = notification
varsling = notification
avisering = notification
larm = alert
advarsel = alert
godkendt = approval
arbejdsgang = workflow
arbeidsflyt = workflow
arbetsflöde = workflow
kreditorer = accounts payable
leverandørgæld = accounts payable
leverandørgjeld = accounts payable
leverantörsreskontra = accounts payable
debitorer = accounts receivable
kundreskontra = accounts receivable
bogføring = accounting
regnskab = accounting
regnskap = accounting
bokföring = accounting
redovisning = accounting
bankkonto = bank account
svindel = fraud
bedrageri = fraud
bedrägeri = fraud
udgift = expense
utgift = expense
utlägg = expense
udlæg = expense
valuta = currency
# Contracts, leases and the legal team's words, in each language above
mietvertrag = lease
mietverträge = lease
mietvertrags = lease
pacht = lease
miete = rent
mieten = rent
kündigungen = termination
frist = deadline
fristen = deadline
klausel = clause
klauseln = clause
pflichten = obligation
verpflichtungen = obligation
vereinbarungen = agreement
lieferanten = vendor
anwälte = legal
juristen = legal
verhandlung = negotiation
verhandlungen = negotiation
gegenpartei = counterparty
vertragspartner = counterparty
bail = lease
baux = lease
loyer = rent
loyers = rent
échéance = deadline
échéances = deadline
accords = agreement
fournisseurs = vendor
avocats = legal
juriste = legal
négociation = negotiation
négociations = negotiation
cocontractant = counterparty
arrendamiento = lease
arrendamientos = lease
alquiler = rent
alquileres = rent
cláusula = clause
cláusulas = clause
obligaciones = obligation
acuerdos = agreement
proveedores = vendor
abogados = legal
negociación = negotiation
negociaciones = negotiation
contraparte = counterparty
huurovereenkomst = lease
huurovereenkomsten = lease
huurcontract = lease
huurcontracten = lease
huur = rent
termijn = deadline
termijnen = deadline
clausule = clause
clausules = clause
verplichtingen = obligation
overeenkomsten = agreement
leveranciers = vendor
advocaat = legal
advocaten = legal
onderhandeling = negotiation
onderhandelingen = negotiation
wederpartij = counterparty
locação = lease
arrendamento = lease
aluguel = rent
aluguer = rent
obrigações = obligation
acordo = agreement
fornecedores = vendor
advogados = legal
negociação = negotiation
locazione = lease
locazioni = lease
affitto = rent
clausola = clause
clausole = clause
obblighi = obligation
obbligazioni = obligation
accordo = agreement
avvocati = legal
trattativa = negotiation
trattative = negotiation
negoziazione = negotiation
controparte = counterparty
najem = lease
najmu = lease
czynsz = rent
terminy = deadline
klauzula = clause
klauzule = clause
zobowiązania = obligation
obowiązki = obligation
porozumienie = agreement
prawnicy = legal
negocjacje = negotiation
kontrahent = counterparty
kontrahenci = counterparty
hyresavtal = lease
leieavtale = lease
lejekontrakt = lease
hyra = rent
husleie = rent
husleje = rent
klausul = clause
klausuler = clause
forpligtelser = obligation
forpliktelser = obligation
förpliktelser = obligation
leverantörer = vendor
leverandører = vendor
advokat = legal
advokater = legal
förhandling = negotiation
forhandling = negotiation
forhandlinger = negotiation
motpart = counterparty
modpart = counterparty
";

/// English words that name one idea, the word libraries most often use first (what a prospect
/// asks for, never who they are: "hospital" or "bank" as evidence was measured to hurt). A page word the
/// library never uses finds the first member the library does use ("pilot" for a library that
/// says "trial"): one idea counts once.
const SYNONYMS: &[&[&str]] = &[
    &["trial", "pilot", "poc", "evaluation"],
    &["pricing", "price", "cost", "fee", "rate", "quote"],
    &["discount", "concession", "rebate", "markdown"],
    &["reference", "referral", "referee"],
    &["case study", "testimonial", "story", "example"],
    &["implementation", "onboarding", "rollout", "deployment", "setup"],
    &["integration", "connector", "interoperability", "interface"],
    &["security", "infosec", "cybersecurity"],
    &["questionnaire", "sig", "caiq", "hecvat", "vsaq"],
    &["privacy", "confidentiality"],
    &["contract", "agreement", "msa", "terms"],
    &["renewal", "renew", "renewing"],
    &["migration", "switch", "switching", "transition", "migrate"],
    &["retention", "archiving", "archive", "preservation", "recordkeeping"],
    &["roi", "savings", "payback", "tco"],
    &["sla", "uptime", "availability"],
    &["sso", "saml"],
    &["accessibility", "a11y", "vpat", "wcag"],
    &["encryption", "encrypted", "encrypt"],
    &["certification", "certificate", "certified", "accreditation", "attestation"],
    &["audit", "auditing", "auditor"],
    &["compliance", "compliant", "regulatory"],
    &["training", "workshop", "course", "tutorial"],
    &["support", "helpdesk"],
    &["rfp", "tender", "rfq", "rfi", "solicitation", "bid"],
    &["demo", "demonstration", "walkthrough"],
    &["overview", "brochure", "datasheet", "factsheet", "flyer", "leaflet"],
    &["deck", "presentation", "slides"],
    &["webinar", "webcast"],
    &["competitor", "competition", "competitive"],
    &["comparison", "compare", "versus", "vs"],
    &["customer", "client"],
    &["budget", "funding", "financing"],
    &["grant", "subsidy"],
    &["invoice", "billing", "invoicing", "payment"],
    &["donor", "donation", "fundraising"],
    &["legal", "counsel", "lawyer", "attorney"],
    &["procurement", "purchasing", "sourcing"],
    &["timeline", "schedule", "timeframe"],
    &["backup", "recovery", "continuity"],
    &["incident", "breach"],
    &["penetration", "pentest", "pen test"],
    &["residency", "hosting", "sovereignty", "localization"],
    &["signature", "esignature", "signing"],
    &["template", "boilerplate"],
    &["objection", "pushback"],
    &["expansion", "upsell", "upgrade"],
    &["license", "licence", "licensing", "seat"],
    &["cancellation", "churn", "cancel"],
    &["reporting", "analytics", "dashboard", "insights"],
    &["guide", "playbook", "handbook", "manual"],
    &["whitepaper", "white paper"],
    &["video", "recording"],
    &["calculator", "estimator"],
    &["workflow", "automation"],
    &["liability", "indemnity", "indemnification"],
    &["subprocessor", "sub processor"],
    &["mobile", "phone", "smartphone", "cellphone"],
];

/// A foreign key, without accents, and the tokens it stands for.
type Table = HashMap<Cow<'static, str>, Vec<&'static str>>;

fn tokens_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// The tokens of a static text, as slices of it where the tokenizer only cut a word short (a
/// plural's "s"), so that building the table allocates little: it is built on a woken
/// worker's first suggestion.
fn static_tokens(text: &'static str, mut f: impl FnMut(&'static str)) {
    for_each_word(text, |token, word| {
        let at = offset_in(text, word).filter(|_| word.starts_with(token));
        f(at.map_or_else(|| &*String::leak(token.to_string()), |k| &text[k..k + token.len()]));
    });
}

/// A key as the table holds it: without accents (prospects type them as often as not).
fn plain(key: &str) -> Cow<'_, str> {
    if key.is_ascii() && !key.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(key)
    } else {
        Cow::Owned(fold_lower(key))
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: Table = HashMap::default();
        for (foreign, english) in entries() {
            let mut key = None;
            static_tokens(foreign, |t| key = Some(t));
            let Some(key) = key else { continue };
            let entry = map.entry(plain(key)).or_default();
            static_tokens(english, |t| {
                if !entry.contains(&t) {
                    entry.push(t);
                }
            });
        }
        map
    })
}

/// The lexicon's (foreign word, English words) pairs.
fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    WORDS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).filter_map(|l| l.split_once(" = "))
}

/// Each synonym group's members in tokens, by the token of every one-word member.
fn synonym_table() -> &'static HashMap<String, &'static [Vec<String>]> {
    static TABLE: OnceLock<HashMap<String, &'static [Vec<String>]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for group in SYNONYMS {
            let members: &'static [Vec<String>] = Vec::leak(group.iter().map(|m| tokens_of(m)).collect());
            for m in members.iter().filter(|m| m.len() == 1) {
                map.insert(m[0].clone(), members);
            }
        }
        map
    })
}

/// Inflections a foreign word may carry beyond the key (German, Dutch, Romance plurals and
/// cases), longest first; the tokenizer has already taken an English plural `s`.
const ENDINGS: &[&str] = &["en", "es", "er", "n", "e", "s", "i", "a", "o"];
/// Inflections that another language adds to a word English writes bare, and the shortest
/// stem read through them.
const COGNATE_ENDINGS: &[&str] = &["en", "es", "e", "a", "i", "o", "y"];
const MIN_COGNATE: usize = 6;
/// Linking letters between the parts of a German or Dutch compound ("Sicherheit-s-konzept").
const LINKS: &[&str] = &["", "s", "n", "en", "e", "es"];
/// Parts shorter than this are not read out of a compound (too many accidental matches).
const MIN_PART: usize = 4;

/// Polish cases replace a noun's ending rather than add one (the key is the nominative):
/// "szyfrowaniu" is "szyfrowanie", "umowie" and "umowę" "umowa", "integracji" "integracja".
/// Written as the key is, without accents; endings English words share ("-e", "-y": "prove",
/// "sanity") are left out, and "-ę" is read before its accent is dropped.
const REPLACED_ENDINGS: &[(&str, &str)] = &[
    ("aniach", "anie"),
    ("aniami", "anie"),
    ("aniem", "anie"),
    ("aniu", "anie"),
    ("eniach", "enie"),
    ("eniami", "enie"),
    ("eniem", "enie"),
    ("eniu", "enie"),
    ("cji", "cja"),
    ("cje", "cja"),
    ("ach", "a"),
    ("ami", "a"),
    ("ie", "a"),
    ("em", ""),
    ("ow", ""),
    ("u", ""),
];

fn lookup(key: &str) -> Option<&'static Vec<&'static str>> {
    let t = table();
    t.get(key).or_else(|| ENDINGS.iter().filter_map(|e| key.strip_suffix(e)).filter(|k| k.chars().count() >= MIN_PART).find_map(|k| t.get(k))).or_else(|| {
        // Every page word the library lacks gets here: one buffer for its candidates.
        let mut candidate = String::with_capacity(key.len() + 2);
        REPLACED_ENDINGS.iter().filter(|(e, _)| key.len() >= e.len() + MIN_PART && key.ends_with(e)).find_map(|(e, r)| {
            candidate.clear();
            candidate.push_str(&key[..key.len() - e.len()]);
            candidate.push_str(r);
            t.get(candidate.as_str())
        })
    })
}

/// The English words a (tokenized) foreign page word stands for; empty when it is not one.
/// Accents may be missing, an inflection may be added, and a compound is read part by part
/// ("Sicherheitszertifikate" → security, certification).
pub fn english(token: &str) -> Vec<&'static str> {
    let listed = listed_english(token);
    if !listed.is_empty() {
        return listed.to_vec();
    }
    let folded = plain(token);
    if folded.len() < 8 || !folded.is_ascii() {
        return Vec::new();
    }
    compound(&folded).unwrap_or_default()
}

/// The English of a foreign word the lexicon lists (with its inflections), not read as a
/// compound: for a library's own words, each of which is looked up on every suggestion.
pub fn listed_english(token: &str) -> &'static [&'static str] {
    let accusative = || token.strip_suffix('ę').and_then(|stem| table().get(format!("{}a", plain(stem)).as_str()));
    lookup(&plain(token)).or_else(accusative).map_or(&[], Vec::as_slice)
}

/// Reads a compound as known parts with linking letters, the whole word covered; None when
/// it cannot be. Byte positions are char positions here (the word is ASCII after folding).
fn compound(word: &str) -> Option<Vec<&'static str>> {
    let n = word.len();
    // best[i]: the fewest parts that cover word[..i], with the parts' meanings.
    let mut best: Vec<Option<(usize, Vec<&'static str>)>> = vec![None; n + 1];
    best[0] = Some((0, Vec::new()));
    for start in 0..n {
        let Some((parts, meaning)) = best[start].clone() else { continue };
        for link in LINKS {
            let from = start + link.len();
            if (start == 0 && !link.is_empty()) || from > n || !word[start..].starts_with(link) {
                continue;
            }
            for end in (from + MIN_PART)..=n {
                let Some(words) = table().get(&word[from..end]) else { continue };
                if best[end].as_ref().is_none_or(|(p, _)| parts + 1 < *p) {
                    let mut m = meaning.clone();
                    m.extend(words.iter().filter(|w| !meaning.contains(w)));
                    best[end] = Some((parts + 1, m));
                }
            }
        }
    }
    // A compound ends in a known part, perhaps with an inflection…
    let whole = (n.saturating_sub(2)..=n).rev().filter(|&i| i == n || ENDINGS.contains(&&word[i..])).find_map(|i| best[i].clone()).filter(|(p, _)| *p >= 2);
    // …or a long one is read by the known parts it begins with ("Datenschutzkonzept" → privacy).
    let head = || (n >= 10).then(|| (6..n).rev().find_map(|i| best[i].clone())).flatten();
    whole.or_else(head).map(|(_, m)| m)
}

/// What a page word the library never uses means in the library's words: the English of a
/// foreign word, or the first synonym the library uses. `find` says whether the library uses a
/// token; `f` gets each idea's tokens once.
pub fn library_words<T>(token: &str, mut find: impl FnMut(&str) -> Option<T>, mut f: impl FnMut(T)) {
    let foreign = english(token);
    let ideas: Vec<&str> = if foreign.is_empty() { vec![token] } else { foreign };
    for idea in ideas {
        if let Some(id) = find(idea) {
            f(id);
            continue;
        }
        // A word of another language that is the library's word with an inflection of its own
        // ("terminale", "biometrici" → "terminal", "biometric"): a long enough stem, vowel
        // endings only ("-er" would make "customer" a "custom").
        if let Some(id) = COGNATE_ENDINGS.iter().filter_map(|e| idea.strip_suffix(e)).filter(|s| s.chars().count() >= MIN_COGNATE).find_map(&mut find) {
            f(id);
            continue;
        }
        // …or without the silent "e" English ends it on ("Temperatur", "temperaturen",
        // "Infrastruktur" → "temperature", "infrastructure").
        // (Only bare or with "-en": after a vowel ending, "collega" would be a "college".)
        let with_e = [Some(idea), idea.strip_suffix("en")].into_iter().flatten().filter(|s| s.chars().count() >= MIN_COGNATE && !s.ends_with('e'));
        if let Some(id) = with_e.map(|s| format!("{s}e")).find_map(|s| find(&s)) {
            f(id);
            continue;
        }
        let Some(members) = synonym_table().get(idea) else { continue };
        // The first member the library uses with all its words stands for the idea.
        for m in members.iter() {
            let ids: Vec<T> = m.iter().map_while(|t| find(t)).collect();
            if ids.len() == m.len() {
                ids.into_iter().for_each(&mut f);
                break;
            }
        }
    }
}

/// The other forms of a library word in its synonym group that the library also uses
/// ("pricing" for "price", "renewal" for "renew"): an item holding either holds the idea. Only
/// forms of one word (the same first four letters): another word of the group names a kinder or
/// narrower thing ("SIG" is one questionnaire, "VPAT" one accessibility document).
/// Also the word's derived forms the library uses ("suggestion" for "suggest", "escalate" for
/// "escalation").
pub fn mates<T: PartialEq>(token: &str, mut find: impl FnMut(&str) -> Option<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    derived_forms(token, |form| {
        if let Some(id) = find(form).filter(|id| !out.contains(id)) {
            out.push(id);
        }
    });
    let Some(members) = synonym_table().get(token) else { return out };
    let stem = |w: &str| w.get(..4).map(str::to_string);
    for m in members.iter().filter(|m| m.len() == 1 && m[0] != token && stem(&m[0]).is_some() && stem(&m[0]) == stem(token)) {
        if let Some(id) = find(&m[0]).filter(|id| !out.contains(id)) {
            out.push(id);
        }
    }
    out
}

/// Endings English derives a noun or a participle with; tokens are already singular.
const DERIVED: &[&str] = &["ion", "ation", "ment", "ed"];
/// Shorter words have too many accidental relatives ("plan", "sign").
const MIN_DERIVED: usize = 5;

/// A token's derived forms and, for a derived token, its base, each with and without the
/// silent "e" ("migrate" → "migration", "migration" → "migrate").
fn derived_forms(token: &str, mut f: impl FnMut(&str)) {
    if token.len() < MIN_DERIVED || !token.is_ascii() {
        return;
    }
    let mut buf = String::with_capacity(token.len() + 6);
    let mut emit = |parts: [&str; 2]| {
        buf.clear();
        buf.push_str(parts[0]);
        buf.push_str(parts[1]);
        if buf != token {
            f(&buf);
        }
    };
    for e in DERIVED {
        emit([token, e]);
        if let Some(stem) = token.strip_suffix('e') {
            emit([stem, e]);
        }
        if let Some(base) = token.strip_suffix(e).filter(|b| b.len() >= 4) {
            emit([base, ""]);
            emit([base, "e"]);
            // "stopped" is "stop", "planned" "plan": a consonant doubled before the ending.
            let b = base.as_bytes();
            if b[b.len() - 1] == b[b.len() - 2] && b"bdgmnprt".contains(&b[b.len() - 1]) {
                emit([&base[..base.len() - 1], ""]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_words_meet_the_library_in_english() {
        assert_eq!(english("sicherheitsfragebogen"), ["security", "questionnaire"]);
        assert_eq!(english("tarif"), ["pricing"], "plural forms fold to one key");
        assert_eq!(english("dsgvo"), ["gdpr"]);
        for hosted in ["alojan", "alojados", "hébergées", "gehostet"] {
            assert_eq!(english(hosted), ["residency"], "{hosted}: where the data is hosted");
        }
        assert_eq!(english("ue"), ["eu"], "la UE, l'UE");
        assert_eq!(english("synchronisées"), ["sync"]);
        assert_eq!(english("erstgespräch"), ["discovery"], "a first meeting");
        assert_eq!(english("presupuesto"), ["budget", "quote"], "controles de presupuesto: budget controls; pedir un presupuesto: ask for a quote");
        assert!(english("security").is_empty(), "English words are not looked up");
        assert_eq!(english("datenschutzkonzept"), ["privacy"], "a long compound by its known head");
        assert_eq!(english("securite"), ["security"], "accents may be missing");
        assert_eq!(english("conformité"), ["compliance"], "« conformité RGPD » is GDPR compliance");
        assert_eq!(english("zertifikate"), ["certification"], "an inflection on a key");
        assert_eq!(english("sicherheitszertifikate"), ["security", "certification"], "a compound part by part, with its link");
        assert_eq!(english("kundenreferenz"), ["customer", "reference"]);
        assert!(english("informed").is_empty(), "a short English word is not a foreign key with an ending");
        assert_eq!(english("faktury"), ["invoice"], "Polish, with its plural");
        assert_eq!(english("integracja"), ["integration"]);
        assert_eq!(english("platnosc"), ["invoice"], "Polish typed without its letters' marks (płatność)");
        for case in ["szyfrowaniu", "szyfrowaniem"] {
            assert_eq!(english(case), ["encryption"], "{case}: a Polish case of szyfrowanie");
        }
        for case in ["umowie", "umowę", "umową"] {
            assert_eq!(english(case), ["contract"], "{case}: a Polish case of umowa");
        }
        assert_eq!(english("kwestionariuszem"), ["questionnaire"]);
        // Backup and recovery: what an attacker must not delete, and how fast it comes back.
        for (word, meaning) in [
            ("wiederherstellen", "restore"),
            ("unveränderlich", "immutable"),
            ("verwijderen", "delete"),
            ("calamiteit", "disaster"),
            ("ripristinare", "restore"),
            ("przywrócić", "restore"),
        ] {
            assert_eq!(english(word), [meaning], "{word}");
        }
        assert_eq!(english("dienstplanung"), ["scheduling"], "a German compound by its known head");
        assert_eq!(english("lohnabrechnung"), ["payroll"]);
        assert_eq!(english("turni"), ["shift"]);
        // Reporting a near miss from a phone, anonymously, as prospects write it.
        for (word, meaning) in [
            ("melden", "report"),
            ("signalement", "report"),
            ("zgłoszenie", "report"),
            ("telefoon", "phone"),
            ("téléphone", "phone"),
            ("anoniem", "anonymous"),
            ("anónimo", "anonymous"),
        ] {
            assert_eq!(english(word), [meaning], "{word}");
        }
        assert_eq!(english("beinaheunfall"), ["near", "miss"]);
        assert_eq!(english("heftrucks"), ["forklift"]);
        // Where the data must stay, as a region's items name it.
        for (word, meaning) in [("deutschland", "germany"), ("italia", "italy"), ("espagne", "spain"), ("zwitserland", "switzerland"), ("włochy", "italy")] {
            assert_eq!(english(word), [meaning], "{word}");
        }
        for word in ["competenze", "kompetenzen", "competenties", "kompetencje"] {
            assert_eq!(english(word), ["competency"], "{word}: a clinician's competencies");
        }
        assert_eq!(english("testen"), ["testing"], "Dutch testen is not Portuguese teste with an ending, nor a trial");
        // Danish, Norwegian and Swedish, with their definite and plural endings.
        for (word, meaning) in [
            ("sikkerhed", "security"),
            ("säkerhet", "security"),
            ("avtalen", "contract"),
            ("prislista", "pricing"),
            ("personvern", "privacy"),
            ("uppsägningstid", "notice"),
            ("förmåner", "benefit"),
            ("skatter", "tax"),
            ("sjukförsäkring", "health"),
            ("kostar", "pricing"),
        ] {
            assert_eq!(english(word).first(), Some(&meaning), "{word}");
        }
        assert!(english("prises").is_empty(), "French 'prises' (taken) is not Scandinavian 'pris' with an ending");
        for name in ["kara", "tableau", "avg"] {
            assert!(english(name).is_empty(), "{name}: a name, a product or an abbreviation in English first");
        }
    }

    #[test]
    fn a_word_the_library_lacks_finds_its_synonym_or_its_english() {
        let library = ["trial", "case", "study", "security", "questionnaire"];
        let find = |t: &str| library.iter().position(|l| *l == t);
        let words = |token: &str| {
            let mut out = Vec::new();
            library_words(token, find, |i| out.push(library[i]));
            out
        };
        assert_eq!(words("pilot"), ["trial"]);
        assert_eq!(words("testimonial"), ["case", "study"], "a two-word member counts when the library has both words");
        assert_eq!(words("example"), ["case", "study"], "\"an example from another university\"");
        assert_eq!(words("sicherheitsfragebogen"), ["security", "questionnaire"]);
        assert_eq!(words("infosec"), ["security"]);
        assert!(words("hospital").is_empty(), "no member of the group is in the library");
        assert!(words("weather").is_empty());
    }

    #[test]
    fn mates_include_the_derived_forms_the_library_uses() {
        let library = ["suggestion", "escalate", "implementation", "approve", "planed", "pricing", "stop"];
        let find = |t: &str| library.iter().position(|l| *l == t);
        let mates_of = |token: &str| mates(token, find).into_iter().map(|i| library[i]).collect::<Vec<_>>();
        assert_eq!(mates_of("suggest"), ["suggestion"]);
        assert_eq!(mates_of("escalation"), ["escalate"], "the base, its silent e back");
        assert_eq!(mates_of("implement"), ["implementation"]);
        assert_eq!(mates_of("approved"), ["approve"]);
        assert_eq!(mates_of("price"), ["pricing"], "a synonym of the same stem, as before");
        assert!(mates_of("plan").is_empty(), "too short to derive");
        assert_eq!(mates_of("stopped"), ["stop"], "its consonant doubled before the ending");
    }

    #[test]
    fn a_word_with_another_languages_ending_meets_the_library_word() {
        let library = ["terminal", "biometric", "custom", "document", "temperature", "college"];
        let find = |t: &str| library.iter().position(|l| *l == t);
        let words = |token: &str| {
            let mut out = Vec::new();
            library_words(token, find, |i| out.push(library[i]));
            out
        };
        assert_eq!(words("terminale"), ["terminal"], "Polish");
        assert_eq!(words("biometrici"), ["biometric"], "Italian");
        assert_eq!(words("documento"), ["document"], "Spanish, its plural s already stemmed");
        assert!(words("customer").is_empty(), "an English -er is no inflection");
        assert!(words("karta").is_empty(), "too short a stem");
        assert_eq!(words("temperatur"), ["temperature"], "German, without the e English writes");
        assert_eq!(words("temperaturen"), ["temperature"], "Danish, definite");
        assert!(words("collega").is_empty(), "a vowel ending is not a dropped e (Dutch collega is no college)");
    }

    #[test]
    fn mates_are_other_forms_of_the_same_word_that_the_library_uses() {
        let library = ["pricing", "price", "sig", "questionnaire", "renewal"];
        let find = |t: &str| library.iter().position(|l| *l == t).map(|i| library[i]);
        assert_eq!(mates("price", find), ["pricing"]);
        assert_eq!(mates("renew", find), ["renewal"]);
        assert!(mates("questionnaire", find).is_empty(), "SIG is one questionnaire, not another form of the word");
        assert!(mates("cost", find).is_empty(), "another word for the idea is not a form of this one");
    }

    #[test]
    fn synonym_groups_do_not_overlap() {
        let mut seen = std::collections::HashSet::new();
        for member in SYNONYMS.iter().flat_map(|g| g.iter()) {
            assert!(seen.insert(*member), "{member} is in two groups");
        }
    }

    #[test]
    fn every_entry_has_a_key_and_a_meaning() {
        assert_eq!(entries().count(), WORDS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).count(), "every line is `foreign = English`");
        for (foreign, english_words) in entries() {
            let mut n = 0;
            for_each_token(foreign, |_| n += 1);
            assert_eq!(n, 1, "{foreign} must be one token");
            let mut m = 0;
            for_each_token(english_words, |_| m += 1);
            assert!(m >= 1, "{foreign} → {english_words}");
        }
    }
}
