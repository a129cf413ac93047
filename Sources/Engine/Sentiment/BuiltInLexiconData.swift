// Generated from data/sentiment/lexicon-en.tsv by scripts/generate-lexicon.sh; do not edit by hand.
// A test checks that this file and the TSV agree.

/// The built-in English lexicon, as the text of `data/sentiment/lexicon-en.tsv`.
enum BuiltInLexiconData {
    static let tsv = #"""
# rulesd's English sentiment lexicon for customer direct messages.
# term<TAB>valence, valence from -4 (very negative) to 4 (very positive); terms are folded like
# messages are (lower case, accents and apostrophes removed); several words make a phrase;
# emoji are written without variation selectors or skin tones. See docs/sentiment.md.
adore	3.4
adored	3.4
adores	3.4
adoring	3.4
in love	3.4
love	3.4
love it	3.4
love them	3.4
love this	3.4
loved	3.4
loves	3.4
lovin	3.4
loving	3.4
luv	3.4
obsessed	3.4
5 stars	3.2
amazing	3.2
amazingly	3.2
awesome	3.2
best ever	3.2
best purchase	3.2
best service	3.2
best shop	3.2
best store	3.2
breathtaking	3.2
exquisite	3.2
fabulous	3.2
fantastic	3.2
five stars	3.2
flawless	3.2
gorgeous	3.2
incredible	3.2
incredibly good	3.2
magnificent	3.2
marvellous	3.2
marvelous	3.2
outstanding	3.2
perfect	3.2
perfection	3.2
perfectly	3.2
perfectly fine	3.2
phenomenal	3.2
spectacular	3.2
stunning	3.2
superb	3.2
the best	3.2
ur the best	3.2
wonderful	3.2
wonderfully	3.2
you are the best	3.2
you're the best	3.2
youre the best	3.2
❤	3.2
❤️‍🔥	3.2
💓	3.2
💕	3.2
💖	3.2
💗	3.2
💘	3.2
💞	3.2
😍	3.2
😘	3.2
😻	3.2
🤩	3.2
🥰	3.2
🥳	3.2
🫶	3.2
absolutely love	3.0
best shop ever	3.0
in love with	3.0
love love love	3.0
so happy with	3.0
so in love	3.0
thank you so so much	3.0
thanks for everything	3.0
:-d	2.8
:d	2.8
<3	2.8
<33	2.8
<333	2.8
amazign	2.8
appreciate	2.8
appreciated	2.8
appreciates	2.8
appreciating	2.8
awesom	2.8
awsome	2.8
beatiful	2.8
beautful	2.8
beautiful	2.8
beautifull	2.8
beautifully	2.8
blessed	2.8
brilliant	2.8
chef's kiss	2.8
delighted	2.8
delightful	2.8
divine	2.8
ecstatic	2.8
elated	2.8
euphoric	2.8
excelent	2.8
excellent	2.8
exelent	2.8
fabolous	2.8
fire	2.8
glorious	2.8
goals	2.8
gorgous	2.8
grateful	2.8
great quality	2.8
happy customer	2.8
heavenly	2.8
high quality	2.8
highly recommend	2.8
highly recommended	2.8
hooray	2.8
iconic	2.8
lit	2.8
lovely	2.8
must have	2.8
must-have	2.8
obsessed with	2.8
omg yes	2.8
overjoyed	2.8
recommend	2.8
recommending	2.8
satisfied customer	2.8
slay	2.8
slayed	2.8
slaying	2.8
so happy	2.8
super happy	2.8
superb quality	2.8
thankful	2.8
thrilled	2.8
top quality	2.8
very happy	2.8
worth every penny	2.8
worth it	2.8
wow	2.8
yaaay	2.8
yay	2.8
yippee	2.8
☺	2.6
✨	2.6
⭐	2.6
🌟	2.6
🌸	2.6
🌹	2.6
🎁	2.6
🎉	2.6
🎊	2.6
🏆	2.6
👏	2.6
👑	2.6
💅	2.6
💎	2.6
💐	2.6
💙	2.6
💚	2.6
💛	2.6
💜	2.6
💝	2.6
💯	2.6
🔥	2.6
😀	2.6
😁	2.6
😃	2.6
😄	2.6
😇	2.6
😊	2.6
😋	2.6
🙌	2.6
🤍	2.6
🤗	2.6
🥇	2.6
🧡	2.6
🩵	2.6
🩷	2.6
adorable	2.4
affordable	2.4
angel	2.4
arrived fast	2.4
arrived quickly	2.4
bargain	2.4
bravo	2.4
can't wait	2.4
cannot wait	2.4
cant wait	2.4
charming	2.4
cheerful	2.4
cheers	2.4
chic	2.4
classy	2.4
comfortable	2.4
comfy	2.4
congrats	2.4
congratulations	2.4
cosy	2.4
cozy	2.4
cute	2.4
cuter	2.4
cutest	2.4
delight	2.4
dope	2.4
durable	2.4
elegant	2.4
enjoy	2.4
enjoyable	2.4
enjoyed	2.4
enjoying	2.4
enjoys	2.4
epic	2.4
excited	2.4
exciting	2.4
fashionable	2.4
fast delivery	2.4
fast shipping	2.4
fav	2.4
fave	2.4
favorite	2.4
favourite	2.4
fit perfectly	2.4
fits great	2.4
fits like a glove	2.4
fits perfectly	2.4
fits well	2.4
flattering	2.4
friendly	2.4
gem	2.4
generous	2.4
genuine	2.4
glad	2.4
good deal	2.4
good job	2.4
good quality	2.4
good value	2.4
grate	2.4
great	2.4
great deal	2.4
great job	2.4
great value	2.4
greatly	2.4
gud	2.4
happier	2.4
happiest	2.4
happy	2.4
helpful	2.4
hidden gem	2.4
honest	2.4
hopeful	2.4
impressed	2.4
impressive	2.4
joy	2.4
joyful	2.4
king	2.4
kudos	2.4
legendary	2.4
legit	2.4
life saver	2.4
lifesaver	2.4
like it	2.4
like this	2.4
liked it	2.4
looking forward	2.4
lush	2.4
luxurious	2.4
luxury	2.4
neat	2.4
nice work	2.4
nicely made	2.4
on time	2.4
optimistic	2.4
pleased	2.4
polite	2.4
premium	2.4
prettier	2.4
prettiest	2.4
pretty	2.4
professional	2.4
prompt	2.4
queen	2.4
quick delivery	2.4
quick shipping	2.4
rad	2.4
really like	2.4
reasonable	2.4
reliable	2.4
responsive	2.4
satisfaction	2.4
satisfied	2.4
satisfying	2.4
sick	2.4
silky	2.4
sleek	2.4
so fast	2.4
speedy	2.4
steal	2.4
stunner	2.4
sturdy	2.4
stylish	2.4
success	2.4
successful	2.4
super cute	2.4
super fast	2.4
superstar	2.4
sweet	2.4
sweet deal	2.4
thoughtful	2.4
treasure	2.4
trendy	2.4
true to size	2.4
trustworthy	2.4
well done	2.4
well made	2.4
well-made	2.4
win	2.4
winner	2.4
winning	2.4
wish	2.4
won	2.4
woohoo	2.4
worth	2.4
(:	2.2
:)	2.2
:-)	2.2
:-p	2.2
:3	2.2
:]	2.2
:p	2.2
;)	2.2
;-)	2.2
=)	2.2
^^	2.2
^_^	2.2
arrived on time	2.2
arrived safely	2.2
can't complain	2.2
cant complain	2.2
finally arrived	2.2
happy birthday	2.2
i like	2.2
i like it	2.2
it finally arrived	2.2
like them	2.2
liked them	2.2
merry christmas	2.2
no complaints	2.2
nothing to complain about	2.2
so kind	2.2
very kind	2.2
we like	2.2
will be back	2.2
will buy again	2.2
worth the wait	2.2
worth waiting	2.2
would buy again	2.2
xp	2.2
you're so kind	2.2
accurate	2.0
agreed	2.0
all set	2.0
appreciate it	2.0
better	2.0
big fan	2.0
blessing	2.0
bright	2.0
buy again	2.0
calm	2.0
celebrate	2.0
celebrating	2.0
celebration	2.0
cheers mate	2.0
colorful	2.0
colourful	2.0
come back	2.0
coming back	2.0
cool	2.0
danke	2.0
decent quality	2.0
delivered safely	2.0
done deal	2.0
dreamy	2.0
easier	2.0
efficient	2.0
fan	2.0
fancy	2.0
fast	2.0
faster	2.0
fastest	2.0
fine quality	2.0
fixed	2.0
fortunate	2.0
fortunately	2.0
fun	2.0
funny	2.0
glam	2.0
glamorous	2.0
glowing	2.0
good	2.0
gracias	2.0
grazie	2.0
haha	2.0
hahaha	2.0
hassle free	2.0
hassle-free	2.0
hehe	2.0
huge fan	2.0
improved	2.0
improvement	2.0
intact	2.0
just right	2.0
laugh	2.0
laughing	2.0
like the	2.0
lmao	2.0
lol	2.0
looks amazing	2.0
looks good	2.0
looks great	2.0
looks nice	2.0
love the	2.0
loyal	2.0
luckily	2.0
lucky	2.0
many thanks	2.0
merci	2.0
merry	2.0
much appreciated	2.0
nice	2.0
nicely	2.0
niice	2.0
niiice	2.0
no rush	2.0
obrigada	2.0
obrigado	2.0
of course	2.0
order again	2.0
peaceful	2.0
pleasant	2.0
positive	2.0
quick	2.0
radiant	2.0
recommend you	2.0
regular customer	2.0
relief	2.0
relieved	2.0
resolved	2.0
right size	2.0
sexy	2.0
shiny	2.0
simple	2.0
smile	2.0
smiles	2.0
smiling	2.0
smooth process	2.0
solid	2.0
solved	2.0
sorted	2.0
sounds good	2.0
sounds great	2.0
sparkle	2.0
sparkling	2.0
sparkly	2.0
supportive	2.0
sure thing	2.0
thank	2.0
thank u	2.0
thank you	2.0
thank you so much	2.0
thankfully	2.0
thanks	2.0
thanks a lot	2.0
thanks so much	2.0
thankss	2.0
thanku	2.0
thankyou	2.0
thanx	2.0
thnx	2.0
thx	2.0
ty	2.0
tysm	2.0
tyvm	2.0
upgrade	2.0
vibrant	2.0
welcome	2.0
will order again	2.0
wonderful day	2.0
worked	2.0
working now	2.0
works	2.0
xd	2.0
yep yep	2.0
yes please	2.0
yess	2.0
yesss	2.0
you're welcome	2.0
☀	1.8
✅	1.8
✔	1.8
🌈	1.8
🌞	1.8
👌	1.8
👍	1.8
💪	1.8
😂	1.8
😆	1.8
😉	1.8
😌	1.8
😎	1.8
😏	1.8
😸	1.8
🙂	1.8
🙏	1.8
🤝	1.8
🤞	1.8
🤣	1.8
🥹	1.8
🫡	1.8
all good	1.5
best	1.5
brand new	1.5
easy	1.5
no problem	1.5
no worries	1.5
not bad at all	1.5
okay then	1.5
smooth	1.5
soft	1.5
acceptable	1.2
all right	1.2
alright	1.2
apologies	1.2
aw	1.2
aww	1.2
awww	1.2
decent	1.2
fair	1.2
fine	1.2
free delivery	1.2
good afternoon	1.2
good enough	1.2
good evening	1.2
good morning	1.2
good night	1.2
handy	1.2
have a good day	1.2
have a great day	1.2
have a nice day	1.2
have a nice weekend	1.2
ideal	1.2
interested	1.2
interesting	1.2
it's fine	1.2
it's ok	1.2
its fine	1.2
its ok	1.2
maybe yes	1.2
nice one	1.2
no problem at all	1.2
not bad	1.2
notbad	1.2
ok thanks	1.2
okay thanks	1.2
please do	1.2
practical	1.2
pretty good	1.2
quite good	1.2
reasonable price	1.2
recommended	1.2
sorry	1.2
sorry for the delay	1.2
suitable	1.2
surprise	1.2
take care	1.2
useful	1.2
versatile	1.2
yeah	1.2
yep	1.2
yes	1.2
curious	0.6
hope	0.6
hopefully	0.6
see you	0.6
sure	0.6
👀	0.6
😅	0.6
😳	0.6
🙃	0.6
🤭	0.6
🥺	0.6
😐	-0.4
😴	-0.4
😶	-0.4
🤔	-0.4
🤷	-0.4
🥱	-0.4
🫤	-0.4
2 weeks	-1.0
3 weeks	-1.0
:-/	-1.0
:-|	-1.0
:/	-1.0
:\	-1.0
:o	-1.0
:s	-1.0
:|	-1.0
a month	-1.0
a week	-1.0
it's been	-1.0
its been	-1.0
so long	-1.0
still no	-1.0
three weeks	-1.0
two weeks	-1.0
⌛	-1.4
⏳	-1.4
☹	-1.4
⚠	-1.4
❌	-1.4
😑	-1.4
😒	-1.4
😓	-1.4
😕	-1.4
😟	-1.4
😥	-1.4
😬	-1.4
😮‍💨	-1.4
🙁	-1.4
🙄	-1.4
🤦	-1.4
🤦‍♀	-1.4
🤦‍♂	-1.4
a bit big	-1.6
a bit small	-1.6
a little big	-1.6
a little small	-1.6
afraid	-1.6
annoying process	-1.6
anxious	-1.6
asap	-1.6
average	-1.6
basic	-1.6
bigger than expected	-1.6
bland	-1.6
block	-1.6
blocked	-1.6
boring	-1.6
bruh	-1.6
cheap	-1.6
come on	-1.6
complicated	-1.6
concern	-1.6
concerned	-1.6
concerning	-1.6
confused	-1.6
confusing	-1.6
could be better	-1.6
could've been better	-1.6
different color	-1.6
different from the photo	-1.6
different than expected	-1.6
difficult	-1.6
discontinued	-1.6
doubts	-1.6
dull	-1.6
excuse	-1.6
excuses	-1.6
exhausted	-1.6
fear	-1.6
fearful	-1.6
hard	-1.6
hassle	-1.6
helpless	-1.6
hesitant	-1.6
hmm	-1.6
hmmm	-1.6
hopeless	-1.6
immediately	-1.6
impatient	-1.6
inconvenience	-1.6
inconvenient	-1.6
kinda small	-1.6
mediocre	-1.6
meh	-1.6
mistake in	-1.6
mix up	-1.6
mix-up	-1.6
mixup	-1.6
nervous	-1.6
never mind	-1.6
nevermind	-1.6
no longer available	-1.6
no thank you	-1.6
no thanks	-1.6
nooo	-1.6
noooo	-1.6
not available	-1.6
not good	-1.6
not great	-1.6
not happy	-1.6
not ideal	-1.6
not sure	-1.6
not the best	-1.6
not what i expected	-1.6
not what i ordered	-1.6
not what i wanted	-1.6
nvm	-1.6
odd	-1.6
oh no	-1.6
omg no	-1.6
out of stock	-1.6
pain	-1.6
painful	-1.6
plain	-1.6
promised	-1.6
returned	-1.6
sadly not	-1.6
scared	-1.6
sceptical	-1.6
seriously	-1.6
should have	-1.6
should've	-1.6
shouldve	-1.6
skeptical	-1.6
smaller than expected	-1.6
smh	-1.6
so so	-1.6
so-so	-1.6
sold out	-1.6
sorry but	-1.6
spam	-1.6
spamming	-1.6
stop	-1.6
strange	-1.6
stress	-1.6
stressed	-1.6
stressful	-1.6
supposed to	-1.6
sure whatever	-1.6
tired	-1.6
too bad	-1.6
ugh	-1.6
ugly	-1.6
unavailable	-1.6
unclear	-1.6
unfortunate	-1.6
unfortunately	-1.6
unsubscribe	-1.6
unsure	-1.6
urgent	-1.6
wait	-1.6
waited	-1.6
waiting	-1.6
waitng	-1.6
weird	-1.6
what happened	-1.6
what is going on	-1.6
what's going on	-1.6
whatever	-1.6
whats going on	-1.6
why	-1.6
whyyy	-1.6
whyyyy	-1.6
worried	-1.6
worry	-1.6
worrying	-1.6
wth	-1.6
you said	-1.6
answer me	-1.8
any news	-1.8
any update	-1.8
any updates	-1.8
anyone there	-1.8
can i cancel	-1.8
hello anyone	-1.8
is anyone there	-1.8
reply please	-1.8
send back	-1.8
sending back	-1.8
where are my	-1.8
where is my	-1.8
where is my package	-1.8
where is the package	-1.8
where's my	-1.8
wheres my	-1.8
):	-2.0
-_-	-2.0
:'(	-2.0
:'-(	-2.0
:(	-2.0
:-(	-2.0
:@	-2.0
:[	-2.0
;(	-2.0
</3	-2.0
=(	-2.0
>:(	-2.0
d:	-2.0
t_t	-2.0
a month ago	-2.2
a week ago	-2.2
again late	-2.2
and nothing	-2.2
another delay	-2.2
another excuse	-2.2
for a week	-2.2
for days	-2.2
for weeks	-2.2
haven't shipped	-2.2
havent shipped	-2.2
ignored my	-2.2
ignoring me	-2.2
ignoring my messages	-2.2
is not here	-2.2
isn't here	-2.2
it's been weeks	-2.2
its been weeks	-2.2
late again	-2.2
never processed	-2.2
no one told me	-2.2
no refund	-2.2
no refund yet	-2.2
nobody told me	-2.2
not here	-2.2
not here yet	-2.2
not refunded	-2.2
nothing here	-2.2
refund never	-2.2
shipped it yet	-2.2
sold out again	-2.2
take so long	-2.2
taking so long	-2.2
took so long	-2.2
wrong again	-2.2
yet again	-2.2
you ignored	-2.2
👎	-2.4
💩	-2.4
🖕	-2.4
😔	-2.4
😖	-2.4
😞	-2.4
😢	-2.4
😣	-2.4
😤	-2.4
😦	-2.4
😧	-2.4
😨	-2.4
😩	-2.4
😫	-2.4
😭	-2.4
😰	-2.4
😱	-2.4
😾	-2.4
😿	-2.4
abandoned	-2.8
anger	-2.8
angrier	-2.8
angry	-2.8
annoyance	-2.8
annoyed	-2.8
annoying	-2.8
bad	-2.8
bad quality	-2.8
badly	-2.8
been waiting	-2.8
behind schedule	-2.8
betrayed	-2.8
breaking	-2.8
breaks	-2.8
broke	-2.8
broken	-2.8
came apart	-2.8
cancel	-2.8
cancel my order	-2.8
canceled	-2.8
cancellation	-2.8
cancelled	-2.8
careless	-2.8
chargeback request	-2.8
charged me twice	-2.8
charged twice	-2.8
cheap quality	-2.8
cheaply made	-2.8
coming apart	-2.8
complain	-2.8
complained	-2.8
complaining	-2.8
complaint	-2.8
complaints	-2.8
cracked	-2.8
crushed	-2.8
damage	-2.8
damaged	-2.8
days ago	-2.8
deceived	-2.8
deceptive	-2.8
defective	-2.8
delay	-2.8
delayed	-2.8
delays	-2.8
depressed	-2.8
devastated	-2.8
did not arrive	-2.8
did not receive	-2.8
didn't arrive	-2.8
didn't fit	-2.8
didn't receive	-2.8
didnt arrive	-2.8
didnt receive	-2.8
dirty	-2.8
disapointed	-2.8
disappointed	-2.8
disappointing	-2.8
disappointment	-2.8
disrespectful	-2.8
dissapointed	-2.8
dodgy	-2.8
does not fit	-2.8
doesn't fit	-2.8
doesnt fit	-2.8
don't fit	-2.8
dont fit	-2.8
double charged	-2.8
doubt	-2.8
doubtful	-2.8
enough is enough	-2.8
error	-2.8
errors	-2.8
expensive	-2.8
faded	-2.8
falling apart	-2.8
false advertising	-2.8
faulty	-2.8
fed up	-2.8
fell apart	-2.8
filthy	-2.8
fishy	-2.8
flimsy	-2.8
frayed	-2.8
frustrated	-2.8
frustrating	-2.8
frustration	-2.8
ghosted	-2.8
ghosting	-2.8
gutted	-2.8
had enough	-2.8
has not arrived	-2.8
hasn't arrived	-2.8
hasnt arrived	-2.8
have not received	-2.8
haven't arrived	-2.8
haven't received	-2.8
havent arrived	-2.8
havent received	-2.8
havent recieved	-2.8
heartbroken	-2.8
hole	-2.8
holes	-2.8
hurt	-2.8
hurts	-2.8
ignore	-2.8
ignored	-2.8
ignoring	-2.8
incorrect	-2.8
insulted	-2.8
insulting	-2.8
irritated	-2.8
irritating	-2.8
issue	-2.8
issues	-2.8
itchy	-2.8
late	-2.8
later than	-2.8
lazy	-2.8
let down	-2.8
let me down	-2.8
letdown	-2.8
looks nothing like	-2.8
lost	-2.8
low quality	-2.8
mad	-2.8
miserable	-2.8
misleading	-2.8
misled	-2.8
missing	-2.8
mistake	-2.8
mistakes	-2.8
mold	-2.8
moldy	-2.8
money back	-2.8
mould	-2.8
mouldy	-2.8
my money back	-2.8
neglected	-2.8
no answer	-2.8
no communication	-2.8
no one answers	-2.8
no one is answering	-2.8
no one replies	-2.8
no order	-2.8
no package	-2.8
no parcel	-2.8
no reply	-2.8
no response	-2.8
no tracking	-2.8
no update	-2.8
no updates	-2.8
nobody answers	-2.8
nobody is answering	-2.8
nobody replies	-2.8
nobody replying	-2.8
noone answers	-2.8
not answering	-2.8
not arrived	-2.8
not as described	-2.8
not as pictured	-2.8
not delivered	-2.8
not fit	-2.8
not fitting	-2.8
not received	-2.8
not recieved	-2.8
not replying	-2.8
not responding	-2.8
not sent	-2.8
not shipped	-2.8
not worth	-2.8
nothing arrived	-2.8
nothing like the photo	-2.8
nothing like the picture	-2.8
nothing yet	-2.8
offended	-2.8
offensive	-2.8
overcharged	-2.8
overdue	-2.8
overpriced	-2.8
paid and nothing	-2.8
paid twice	-2.8
pilling	-2.8
pills	-2.8
pissed	-2.8
pissed off	-2.8
poor	-2.8
poor quality	-2.8
poorly	-2.8
pricey	-2.8
problem	-2.8
problems	-2.8
refund	-2.8
refunded	-2.8
refunds	-2.8
regret	-2.8
regrets	-2.8
regretted	-2.8
regretting	-2.8
return it	-2.8
returning it	-2.8
rip-off	-2.8
ripped	-2.8
rude	-2.8
rudely	-2.8
ruined	-2.8
sad	-2.8
sadder	-2.8
saddest	-2.8
sadly	-2.8
scratchy	-2.8
see through	-2.8
see-through	-2.8
shady	-2.8
shattered	-2.8
shrank	-2.8
shrinking	-2.8
shrunk	-2.8
sick of	-2.8
sketchy	-2.8
sloppy	-2.8
slow	-2.8
slower	-2.8
slowest	-2.8
smashed	-2.8
smelly	-2.8
sooo slow	-2.8
stain	-2.8
stained	-2.8
stains	-2.8
still nothing	-2.8
still waiting	-2.8
stinks	-2.8
stinky	-2.8
sucky service	-2.8
suspicious	-2.8
takes forever	-2.8
taking forever	-2.8
thin fabric	-2.8
tight	-2.8
tired of	-2.8
too big	-2.8
too long	-2.8
too short	-2.8
too small	-2.8
too tight	-2.8
took forever	-2.8
torn	-2.8
tracking not working	-2.8
trouble	-2.8
troubles	-2.8
unanswered	-2.8
uncomfortable	-2.8
undelivered	-2.8
unhappy	-2.8
unprofessional	-2.8
unraveled	-2.8
unreliable	-2.8
untrustworthy	-2.8
upset	-2.8
upsetting	-2.8
waiting for days	-2.8
waiting for weeks	-2.8
want my money	-2.8
waste	-2.8
waste of money	-2.8
waste of time	-2.8
wasted	-2.8
weeks ago	-2.8
worn out	-2.8
worse	-2.8
worse than	-2.8
wrong	-2.8
wrong color	-2.8
wrong colour	-2.8
wrong item	-2.8
wrong order	-2.8
wrong size	-2.8
amazing how	-3.0
best service ever not	-3.0
cool story	-3.0
great another	-3.0
great job losing	-3.0
just great	-3.0
just perfect	-3.0
love waiting	-3.0
oh great	-3.0
so helpful not	-3.0
thank you for nothing	-3.0
thanks for nothing	-3.0
yeah right	-3.0
👿	-3.2
💔	-3.2
💢	-3.2
😈	-3.2
😠	-3.2
😡	-3.2
🤢	-3.2
🤬	-3.2
🤮	-3.2
absurd	-3.6
abysmal	-3.6
appalled	-3.6
appalling	-3.6
atrocious	-3.6
awful	-3.6
awfully	-3.6
bank dispute	-3.6
bs	-3.6
bullshit	-3.6
calling my bank	-3.6
catastrophe	-3.6
chargeback	-3.6
cheat	-3.6
cheated	-3.6
cheater	-3.6
cheating	-3.6
clowns	-3.6
con	-3.6
con artist	-3.6
conned	-3.6
crap	-3.6
crappy	-3.6
criminal	-3.6
criminals	-3.6
crook	-3.6
crooks	-3.6
dammit	-3.6
damn	-3.6
damned	-3.6
despise	-3.6
despised	-3.6
disaster	-3.6
disastrous	-3.6
disgrace	-3.6
disgraceful	-3.6
disgust	-3.6
disgusted	-3.6
disgusting	-3.6
dispute	-3.6
dreadful	-3.6
dumb	-3.6
enraged	-3.6
fake	-3.6
fakes	-3.6
fiasco	-3.6
fraud	-3.6
frauds	-3.6
fraudster	-3.6
fraudulent	-3.6
fuck	-3.6
fucked	-3.6
fucking	-3.6
furious	-3.6
garbage	-3.6
goddamn	-3.6
gross	-3.6
hate	-3.6
hated	-3.6
hateful	-3.6
hates	-3.6
hating	-3.6
horibble	-3.6
horible	-3.6
horrendous	-3.6
horrible	-3.6
horrid	-3.6
horrific	-3.6
i'll report	-3.6
idiot	-3.6
idiots	-3.6
illegal	-3.6
incompetence	-3.6
incompetent	-3.6
inexcusable	-3.6
infuriated	-3.6
infuriating	-3.6
insane	-3.6
joke of a	-3.6
junk	-3.6
lawsuit	-3.6
lawyer	-3.6
liar	-3.6
liars	-3.6
lied	-3.6
livid	-3.6
loathe	-3.6
lying	-3.6
moron	-3.6
never again	-3.6
never answered	-3.6
never arrived	-3.6
never buy	-3.6
never buying	-3.6
never came	-3.6
never delivered	-3.6
never got	-3.6
never received	-3.6
never replied	-3.6
never responded	-3.6
never shipped	-3.6
nightmare	-3.6
outraged	-3.6
outrageous	-3.6
pathetic	-3.6
police	-3.6
rage	-3.6
raging	-3.6
report you	-3.6
reporting you	-3.6
revolting	-3.6
ridiculous	-3.6
rip off	-3.6
ripoff	-3.6
ripped off	-3.6
rubbish	-3.6
scam	-3.6
scammed	-3.6
scammer	-3.6
scammers	-3.6
scamming	-3.6
screw you	-3.6
screwed	-3.6
shame on you	-3.6
shameful	-3.6
shit	-3.6
shitty	-3.6
shocked	-3.6
shocking	-3.6
stealing	-3.6
stole	-3.6
stolen	-3.6
stupid	-3.6
suck	-3.6
sucked	-3.6
sucks	-3.6
sucky	-3.6
sue	-3.6
terible	-3.6
terrible	-3.6
terribly	-3.6
thief	-3.6
thieves	-3.6
trash	-3.6
unacceptable	-3.6
unbelievable	-3.6
useless	-3.6
vile	-3.6
what a joke	-3.6
worst	-3.6
worst ever	-3.6
worst experience	-3.6
worst purchase	-3.6
worst service	-3.6
worst shop	-3.6
worthless	-3.6
wtf	-3.6
"""#
}
